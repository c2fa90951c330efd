package se.samordnaren.initiative;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.attachment.AttachmentUpload;
import se.samordnaren.initiative.InitiativeDetail.Report;
import se.samordnaren.ui.Formats;

/** The "Rapporter" tab: reports received from the insats (counts of participants only), with their files. */
class ReportsTab extends Div {

    private final AttachmentService attachments;
    private final boolean mayEdit;
    private final Runnable reload;

    /** {@code mayEdit}: files can be attached; {@code reload} shows the insats again after an upload. */
    ReportsTab(AttachmentService attachments, boolean mayEdit, Runnable reload) {
        this.attachments = attachments;
        this.mayEdit = mayEdit;
        this.reload = reload;
        addClassName("card-list");
    }

    void show(InitiativeDetail detail) {
        removeAll();
        if (detail.reports().isEmpty()) {
            add(new Span(getTranslation("initiative.reports.empty")));
        }
        detail.reports().forEach(r -> add(card(r)));
    }

    private Div card(Report r) {
        Div card = new Div(new H3(getTranslation(r.kind().translationKey()) + (r.title() == null ? "" : ": " + r.title())));
        card.addClassName("item-card");
        Div meta = new Div(new Span(getTranslation("initiative.report.receivedOn") + " " + Formats.date(r.receivedOn())));
        meta.addClassName("initiative-facts");
        if (r.periodFrom() != null || r.periodTo() != null) {
            meta.add(new Span(getTranslation("initiative.period") + " " + Formats.date(r.periodFrom()) + " – "
                    + Formats.date(r.periodTo())));
        }
        if (r.presentedAt() != null) {
            meta.add(new Span(getTranslation("initiative.report.presentedAt", "")),
                    InitiativeUi.paragraphLink(r.presentedAt()));
        }
        card.add(meta);
        if (r.participantsEnrolled() != null || r.participantsStarted() != null || r.participantsEnded() != null) {
            card.add(new Paragraph(getTranslation("initiative.report.participants", count(r.participantsEnrolled()),
                    count(r.participantsStarted()), count(r.participantsEnded()))));
        }
        if (r.summary() != null) {
            card.add(new Paragraph(r.summary()));
        }
        if (!r.attachments().isEmpty()) {
            Div files = new Div(new Span(getTranslation("initiative.report.attachments") + ":"));
            files.addClassName("initiative-facts");
            for (var a : r.attachments()) {
                Anchor link = new Anchor(a.downloadUrl(), a.fileName());
                link.setTarget(AnchorTarget.BLANK);
                link.setRouterIgnore(true);
                files.add(link);
            }
            card.add(files);
        }
        if (mayEdit) {
            long reportId = r.id();
            card.add(new AttachmentUpload(
                    f -> attachments.addToReport(reportId, f.fileName(), f.contentType(), f.content()), reload));
        }
        return card;
    }

    private static String count(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
