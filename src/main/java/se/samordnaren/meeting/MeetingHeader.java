package se.samordnaren.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.StaticMarkup;

import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Predicate;

/**
 * The protocol header: Plats och tid, Beslutande, Ersättare, Övriga närvarande, Justerare, justering, anslag. It only
 * shows, so it is kept as markup ({@link StaticMarkup}).
 */
class MeetingHeader extends Div {

    MeetingHeader(Minutes minutes) {
        addClassName("minutes-header");
        Minutes.Header h = minutes.header();
        String place = h.location() == null ? "" : h.location();
        if (h.digital() && place.isEmpty()) {
            place = getTranslation("meeting.digitalShort");
        }
        row("meeting.placeAndTime", text(place.isEmpty() ? dateAndTime(h) : place + ", " + dateAndTime(h)));
        row("meeting.decisionMakers", people(minutes.attendees(), a -> a.role() == AttendanceRole.DECISION_MAKER
                || a.role() == AttendanceRole.SERVING_SUBSTITUTE));
        row("meeting.substitutes", people(minutes.attendees(), a -> a.role() == AttendanceRole.SUBSTITUTE));
        row("meeting.othersPresent", people(minutes.attendees(), a -> a.role() == AttendanceRole.OTHER_PRESENT
                || a.role() == AttendanceRole.SECRETARY));
        row("meeting.approvers", people(minutes.attendees(), a -> a.chair() || a.approver()));
        if (h.approvalDate() != null) {
            row("meeting.approvalTimePlace", text((h.approvalPlace() == null ? "" : h.approvalPlace() + ", ")
                    + Formats.longDate(h.approvalDate())));
        }
        if (!minutes.referredBy().isEmpty()) {
            Div referrals = new Div();
            referrals.addClassName("minutes-referred-by");
            for (Minutes.Referral r : minutes.referredBy()) {
                DecidedAtLink link = new DecidedAtLink(r.paragraph());
                link.setText(getTranslation("meeting.referredBy.entry", r.note() != null ? r.note() : r.title(), r.paragraph().label()));
                referrals.add(new Div(link));
            }
            row("meeting.referredBy", referrals);
        }
        Div status = new Div(StatusBadge.of(this, h.status()));
        if (h.approved() && h.approvedByName() != null) {
            Span by = new Span(getTranslation("meeting.approvedBy", Formats.date(h.approvedAt().toLocalDate()), h.approvedByName()));
            by.addClassName("minutes-muted");
            status.add(by);
        }
        status.addClassName("minutes-status");
        row("meeting.status", status);
        if (h.approved()) {
            row("meeting.notice", text(h.noticePostedOn() == null ? getTranslation("meeting.noticeNotPosted")
                    : getTranslation("meeting.noticeDates", Formats.date(h.noticePostedOn()),
                    h.noticeRemovedOn() == null ? getTranslation("meeting.none") : Formats.date(h.noticeRemovedOn()))));
            if (h.noticeAppealEndsOn() != null) {
                row("meeting.notice.appealEnds", text(Formats.date(h.noticeAppealEndsOn())));
            }
            if (h.minutesStoragePlace() != null) {
                row("meeting.storagePlace", text(h.minutesStoragePlace()));
            }
        }
        if (h.imported()) {
            Div imported = new Div(new Span(getTranslation("meeting.importedOn", Formats.date(h.importedAt().toLocalDate())) + " "));
            imported.add(new com.vaadin.flow.component.html.Anchor(
                    se.samordnaren.attachment.AttachmentService.downloadUrl(h.importedFromAttachmentId()), h.importedFileName()));
            imported.addClassName("minutes-imported");
            row("meeting.imported", imported);
        }
        if (!minutes.signatures().isEmpty()) {
            Div signatures = new Div();
            signatures.addClassName("minutes-signatures");
            for (Minutes.Signature sig : minutes.signatures()) {
                signatures.add(new Div(signature(sig)));
            }
            row("meeting.signatures", signatures);
        }
        StaticMarkup.freeze(this);
    }

    /** "Signerat elektroniskt: Anna Berg, Ordförande, 2023-04-12 08:14 (+02:00), Svensk e-legitimation" */
    private String signature(Minutes.Signature sig) {
        StringBuilder line = new StringBuilder(getTranslation(sig.method().translationKey())).append(": ").append(sig.name());
        if (sig.title() != null) {
            line.append(", ").append(sig.title());
        }
        line.append(", ").append(Formats.dateTimeWithOffset(sig.signedAt()));
        if (sig.methodDetail() != null) {
            line.append(", ").append(sig.methodDetail());
        }
        return line.toString();
    }

    /** "fredagen den 19 mars 2021, kl. 08.30–12.00" */
    private String dateAndTime(Minutes.Header h) {
        String weekday = h.date().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale());
        String time = MeetingTimes.range(h.startTime(), h.endTime());
        return time.isEmpty() ? getTranslation("meeting.weekdayDate", weekday, Formats.longDate(h.date()))
                : getTranslation("meeting.weekdayDateTime", weekday, Formats.longDate(h.date()), time);
    }

    private void row(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("minutes-label");
        Div cell = new Div(value);
        cell.addClassName("minutes-value");
        add(label, cell);
    }

    private Component people(List<Minutes.Attendee> attendees, Predicate<Minutes.Attendee> which) {
        Div list = new Div();
        list.addClassName("minutes-people");
        attendees.stream().filter(which).forEach(a -> {
            StringBuilder line = new StringBuilder(a.displayName());
            if (a.capacity() != null) {
                line.append(", ").append(a.capacity());
            }
            if (a.chair() && (a.capacity() == null || !a.capacity().contains(getTranslation("meeting.chairSuffix")))) {
                line.append(", ").append(getTranslation("meeting.chairSuffix"));
            }
            if (a.onlyItems() != null) {
                line.append(" (").append(getTranslation("meeting.onlyItems", a.onlyItems())).append(")");
            }
            list.add(new Div(line.toString()));
        });
        if (list.getComponentCount() == 0) {
            list.add(new Span(getTranslation("meeting.none")));
        }
        return list;
    }

    private static Span text(String value) {
        return new Span(value);
    }
}
