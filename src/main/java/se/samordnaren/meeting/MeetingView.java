package se.samordnaren.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.util.ArrayList;
import java.util.List;

/**
 * One meeting, read like its minutes: the header, then every § with its decision. Writers (förbundschef, sekreterare)
 * edit through dialogs until the minutes are approved; then everything is read-only. ?paragraf=N scrolls to that §.
 */
@Route("sammantraden/:meetingId([0-9]{1,18})")
@PermitAll
@StyleSheet("styles/meeting.css")
class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingPickers pickers;
    Minutes minutes;
    Integer highlighted;
    boolean editable;
    final Button editHeaderButton = new Button();
    final Button attendanceButton = new Button();
    final Button addParagraphButton = new Button();
    final Button heldButton = new Button();
    final Button approveButton = new Button();
    final Button noticeButton = new Button();
    final Anchor pdfLink = new Anchor();
    final List<ParagraphCard> cards = new ArrayList<>();
    /** The dialog opened last (tests drive it). */
    com.vaadin.flow.component.dialog.Dialog dialog;

    MeetingView(MeetingService meetings, MeetingPickers pickers) {
        this.meetings = meetings;
        this.pickers = pickers;
        addClassName("meeting-view");
        setMaxWidth("960px");
        button(editHeaderButton, "meeting.editHeader", VaadinIcon.CALENDAR_CLOCK, () -> open(new MeetingPlanDialog(meetings, pickers,
                MeetingPlan.of(minutes.header()), id -> reload())));
        button(attendanceButton, "meeting.editAttendance", VaadinIcon.USERS, () -> open(new AttendanceDialog(meetings, pickers,
                minutes.header(), this::reload)));
        button(addParagraphButton, "meeting.addParagraph", VaadinIcon.PLUS, () -> openParagraphDialog(null));
        button(heldButton, "meeting.markHeld", VaadinIcon.CHECK, this::markHeld);
        button(approveButton, "meeting.approve", VaadinIcon.CHECK_SQUARE_O, () -> open(new ApprovalDialog(meetings, minutes.header(), false, this::reload)));
        button(noticeButton, "meeting.postNotice", VaadinIcon.NEWSPAPER, () -> open(new ApprovalDialog(meetings, minutes.header(), true, this::reload)));
        addParagraphButton.addThemeVariants(ButtonVariant.PRIMARY);
        pdfLink.setText(getTranslation("meeting.pdf"));
        pdfLink.setRouterIgnore(true);
        pdfLink.setTarget("_blank");
        pdfLink.addClassName("minutes-pdf");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        highlighted = event.getLocation().getQueryParameters().getSingleParameter("paragraf")
                .flatMap(MeetingView::parseInt).orElse(null);
        var id = event.getRouteParameters().getLong("meetingId");
        if (id.isEmpty()) {
            event.forwardTo(MeetingsView.class);
            return;
        }
        try {
            load(id.get());
        } catch (UserFacingException notFound) {
            removeAll();
            add(new Paragraph(getTranslation(notFound.messageKey())));
        }
    }

    void reload() {
        load(minutes.header().id());
    }

    private void load(long id) {
        minutes = meetings.load(id);
        render();
    }

    private void render() {
        removeAll();
        cards.clear();
        Minutes.Header h = minutes.header();
        editable = meetings.mayWrite() && !minutes.approved();
        editHeaderButton.setVisible(editable);
        attendanceButton.setVisible(editable);
        addParagraphButton.setVisible(editable);
        heldButton.setVisible(editable && h.status() == MeetingStatus.PLANNED);
        approveButton.setVisible(meetings.mayApprove() && !minutes.approved());
        noticeButton.setVisible(meetings.mayWrite() && minutes.approved());
        pdfLink.setHref("/protokoll/" + h.id() + ".pdf");

        Div actions = new Div(pdfLink, editHeaderButton, attendanceButton, heldButton, approveButton, noticeButton);
        actions.addClassName("minutes-actions");
        add(new ViewHeader(getTranslation("meeting.heading", h.bodyName(), Formats.longDate(h.date())), null));
        add(actions);
        add(new MeetingHeader(minutes));
        if (minutes.approved()) {
            Paragraph locked = new Paragraph(getTranslation("meeting.lockedNote", Formats.longDate(h.approvalDate())));
            locked.addClassName("minutes-locked");
            add(locked);
        }
        Div paragraphs = new Div();
        paragraphs.addClassName("minutes-paragraphs");
        List<Minutes.Paragraph> list = minutes.paragraphs();
        for (int i = 0; i < list.size(); i++) {
            ParagraphCard card = new ParagraphCard(this, h, list.get(i), editable, i == 0, i == list.size() - 1);
            cards.add(card);
            paragraphs.add(card);
        }
        if (list.isEmpty()) {
            paragraphs.add(new Paragraph(getTranslation("meeting.noParagraphs")));
        }
        add(paragraphs, addParagraphButton);
        highlight();
    }

    private void highlight() {
        if (highlighted == null) {
            return;
        }
        cards.stream().filter(c -> c.paragraph.number() == highlighted).findFirst().ifPresent(card -> {
            card.addClassName("highlighted");
            card.getElement().executeJs("const el = this; setTimeout(() => el.scrollIntoView({block: 'start'}), 150);");
        });
    }

    // ------------------------------------------------------------ actions (called by ParagraphCard)

    ParagraphDialog openParagraphDialog(Minutes.Paragraph paragraph) {
        ParagraphDialog d = new ParagraphDialog(meetings, minutes.header(), paragraph, this::reload);
        open(d);
        return d;
    }

    DecisionDialog openDecisionDialog(Minutes.Paragraph paragraph) {
        DecisionDialog d = new DecisionDialog(meetings, pickers, minutes.header(), paragraph, this::reload);
        open(d);
        return d;
    }

    ItemAttendanceDialog openItemAttendanceDialog(Minutes.Paragraph paragraph) {
        ItemAttendanceDialog d = new ItemAttendanceDialog(meetings, pickers, minutes.header(), paragraph, this::reload);
        open(d);
        return d;
    }

    void openLinkDialog(Minutes.Decision decision) {
        open(new LinkDialog(meetings, decision.id(), this::reload));
    }

    void openConditionDialog(Minutes.Decision decision, Minutes.Condition condition) {
        open(new ConditionDialog(meetings, pickers, minutes.header().id(), decision.id(), condition, this::reload));
    }

    void move(Minutes.Paragraph paragraph, boolean up) {
        act(() -> meetings.moveParagraph(paragraph.id(), paragraph.version(), up));
    }

    void confirmDelete(Minutes.Paragraph paragraph) {
        ConfirmDelete.open(this, getTranslation("meeting.paragraph.delete", minutes.header().paragraphLabel(paragraph.number())),
                getTranslation("meeting.paragraph.deleteText"), () -> act(() -> meetings.deleteParagraph(paragraph.id(), paragraph.version())));
    }

    void deleteDecision(Minutes.Decision decision) {
        act(() -> meetings.deleteDecision(decision.id(), decision.version()));
    }

    void removeLink(LinkedRecord link) {
        act(() -> meetings.removeLink(link.linkId()));
    }

    void removeCondition(Minutes.Condition condition) {
        act(() -> meetings.removeFollowUp(condition.id(), condition.version()));
    }

    private void markHeld() {
        act(() -> meetings.markHeld(minutes.header().id(), minutes.header().version()));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
        reload();
    }

    private void open(com.vaadin.flow.component.dialog.Dialog d) {
        dialog = d;
        d.open();
    }

    private void button(Button button, String key, VaadinIcon icon, Runnable action) {
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addClickListener(e -> action.run());
    }

    private static java.util.Optional<Integer> parseInt(String value) {
        try {
            return java.util.Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return minutes == null ? getTranslation("meeting.title")
                : minutes.header().bodyName() + " " + Formats.date(minutes.header().date());
    }

}
