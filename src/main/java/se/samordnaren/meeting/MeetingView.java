package se.samordnaren.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
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
import se.samordnaren.meeting.signing.SigningPanel;
import se.samordnaren.meeting.signing.SigningService;
import se.samordnaren.ui.Buttons;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Formats;
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
    private final MinutesService minutesService;
    private final MeetingPickers pickers;
    private final MinutesFollowUps followUps;
    private final List<MeetingViewAction> featureActions;
    private final SigningService signing;
    Minutes minutes;
    /** The justering region (meeting.signing), for held and approved minutes. */
    SigningPanel signingPanel;
    Integer highlighted;
    boolean editable;
    final Button editHeaderButton = new Button();
    final Button attendanceButton = new Button();
    final Button addParagraphButton = new Button();
    final Button heldButton = new Button();
    final Button approveButton = new Button();
    final Button noticeButton = new Button();
    final Anchor pdfLink = new Anchor();
    /** The agenda (föredragningslista) of the meeting: agenda.AgendaView. */
    final Anchor agendaLink = new Anchor();
    final List<ParagraphCard> cards = new ArrayList<>();
    /** The dialog opened last (tests drive it). */
    Dialog dialog;

    MeetingView(MeetingService meetings, MinutesService minutesService, MeetingPickers pickers, MinutesFollowUps followUps,
                List<MeetingViewAction> featureActions,
                SigningService signing) {
        this.featureActions = featureActions;
        this.signing = signing;
        this.meetings = meetings;
        this.minutesService = minutesService;
        this.pickers = pickers;
        this.followUps = followUps;
        addClassName("meeting-view");
        setMaxWidth("960px");
        Buttons.action(editHeaderButton, "meeting.editHeader", VaadinIcon.CALENDAR_CLOCK, () -> open(
                new MeetingPlanDialog(meetings, pickers, MeetingPlan.of(minutes.header())).onSaved(this::reload)));
        Buttons.action(attendanceButton, "meeting.editAttendance", VaadinIcon.USERS, () -> open(new AttendanceDialog(meetings, pickers,
                minutes.header(), this::reload)));
        Buttons.action(addParagraphButton, "meeting.addParagraph", VaadinIcon.PLUS, () -> openParagraphDialog(null));
        Buttons.action(heldButton, "meeting.markHeld", VaadinIcon.CHECK, this::markHeld);
        Buttons.action(approveButton, "meeting.approve", VaadinIcon.CHECK_SQUARE_O,
                () -> open(new ApprovalDialog(meetings, minutes.header()).onSaved(this::reload)));
        Buttons.action(noticeButton, "meeting.postNotice", VaadinIcon.NEWSPAPER,
                () -> open(new NoticeDialog(meetings, minutes.header()).onSaved(this::reload)));
        addParagraphButton.addThemeVariants(ButtonVariant.PRIMARY);
        pdfLink.setText(getTranslation("meeting.pdf"));
        pdfLink.setRouterIgnore(true);
        pdfLink.setTarget("_blank");
        pdfLink.addClassName("minutes-pdf");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        highlighted = event.getLocation().getQueryParameters().getSingleParameter("paragraf")
                .filter(value -> value.matches("\\d{1,9}")).map(Integer::valueOf).orElse(null);
        var id = event.getRouteParameters().getLong("meetingId");
        if (id.isEmpty()) {
            event.forwardTo(MeetingsView.class);
            return;
        }
        meetings.find(id.get()).ifPresentOrElse(this::show, () -> {
            removeAll();
            add(new Paragraph(getTranslation("meeting.error.notFound")));
        });
    }

    void reload() {
        show(meetings.load(minutes.header().id()));
    }

    private void show(Minutes loaded) {
        minutes = loaded;
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
        agendaLink.setText(getTranslation("meeting.agenda"));
        agendaLink.setHref("sammantraden/" + h.id() + "/foredragningslista");
        agendaLink.addClassName("minutes-pdf");

        Div actions = new Div(pdfLink, agendaLink, editHeaderButton, attendanceButton, heldButton, approveButton, noticeButton);
        actions.addClassName("minutes-actions");
        featureActions.forEach(action -> action.component(h.id(), h.status()).ifPresent(actions::add));
        add(new ViewHeader(getTranslation("meeting.heading", h.bodyName(), Formats.longDate(h.date())), null));
        add(actions);
        add(new MeetingHeader(minutes));
        signingPanel = new SigningPanel(signing, minutes, this::reload);
        if (signingPanel.relevant()) {
            add(signingPanel);
        }
        // While the signatories are asked to sign, justering is theirs (the förbundschef's button waits).
        approveButton.setVisible(approveButton.isVisible() && !signingPanel.requested());
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
        ParagraphDialog d = new ParagraphDialog(minutesService, minutes.header(), paragraph);
        open(d.onSaved(this::reload));
        return d;
    }

    DecisionDialog openDecisionDialog(Minutes.Paragraph paragraph) {
        DecisionDialog d = new DecisionDialog(minutesService, pickers, minutes.header(), paragraph);
        open(d.onSaved(this::reload));
        return d;
    }

    ItemAttendanceDialog openItemAttendanceDialog(Minutes.Paragraph paragraph) {
        ItemAttendanceDialog d = new ItemAttendanceDialog(meetings, minutesService, pickers, minutes.header(), paragraph, this::reload);
        open(d);
        return d;
    }

    LinkDialog openLinkDialog(Minutes.Decision decision) {
        LinkDialog d = new LinkDialog(minutesService, decision.id());
        open(d.onSaved(this::reload));
        return d;
    }

    ConditionDialog openConditionDialog(Minutes.Decision decision, Minutes.Condition condition) {
        ConditionDialog d = new ConditionDialog(followUps, meetings, pickers, minutes.header(), decision.id(), condition);
        open(d.onSaved(this::reload));
        return d;
    }

    void move(Minutes.Paragraph paragraph, boolean up) {
        act(() -> minutesService.moveParagraph(paragraph.id(), paragraph.version(), up));
    }

    void confirmDelete(Minutes.Paragraph paragraph) {
        ConfirmDelete.open(this, getTranslation("meeting.paragraph.delete", minutes.header().paragraphLabel(paragraph.number())),
                getTranslation("meeting.paragraph.deleteText"), () -> act(() -> minutesService.deleteParagraph(paragraph.id(), paragraph.version())));
    }

    void deleteDecision(Minutes.Decision decision) {
        act(() -> minutesService.deleteDecision(decision.id(), decision.version()));
    }

    void removeLink(LinkedRecord link) {
        act(() -> minutesService.removeLink(link.linkId()));
    }

    void removeCondition(Minutes.Condition condition) {
        act(() -> followUps.remove(condition.id(), condition.version()));
    }

    private void markHeld() {
        act(() -> meetings.markHeld(minutes.header().id(), minutes.header().version()));
    }

    /** Runs the change; a refusal shows its Swedish message. The minutes reload either way. */
    private void act(Runnable action) {
        ErrorHandling.run(this, action);
        reload();
    }

    private void open(Dialog d) {
        dialog = d;
        d.open();
    }

    @Override
    public String getPageTitle() {
        return minutes == null ? getTranslation("meeting.title")
                : minutes.header().bodyName() + " " + Formats.date(minutes.header().date());
    }

}
