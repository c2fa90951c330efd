package se.samordnaren.agenda;

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
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.ui.Buttons;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.ConfirmationDialog;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agenda (föredragningslista) of one meeting, reached from the meeting view: proposed from what is due, edited
 * point by point with papers and proposed decisions, and turned into the minutes' § when the meeting is held. Writers
 * (förbundschef, sekreterare) edit until the minutes are approved; everyone signed in reads.
 */
@Route("sammantraden/:meetingId([0-9]{1,18})/foredragningslista")
@PermitAll
@StyleSheet("styles/meeting.css")
class AgendaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgendaService agenda;
    private final MeetingService meetings;
    Minutes minutes;
    List<AgendaPoint> points = List.of();
    boolean editable;
    final Button proposeButton = new Button();
    final Button addButton = new Button();
    final Button templateButton = new Button();
    final Button minutesButton = new Button();
    final Anchor meetingLink = new Anchor();
    final List<AgendaPointCard> cards = new ArrayList<>();
    /** The dialog opened last (tests drive it). */
    Dialog dialog;

    AgendaView(AgendaService agenda, MeetingService meetings) {
        this.agenda = agenda;
        this.meetings = meetings;
        addClassNames("meeting-view", "agenda-view");
        setMaxWidth("960px");
        Buttons.action(proposeButton, "agenda.propose", VaadinIcon.MAGIC, this::propose);
        Buttons.action(addButton, "agenda.addPoint", VaadinIcon.PLUS, () -> openPointDialog(null));
        Buttons.action(templateButton, "agenda.template", VaadinIcon.LIST_OL, this::openTemplateDialog);
        Buttons.action(minutesButton, "agenda.toMinutes", VaadinIcon.FILE_TEXT_O, this::confirmToMinutes);
        proposeButton.addThemeVariants(ButtonVariant.PRIMARY);
        meetingLink.setText(getTranslation("agenda.backToMeeting"));
        meetingLink.addClassName("minutes-pdf");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("meetingId");
        if (id.isEmpty()) {
            event.forwardTo("sammantraden");
            return;
        }
        meetings.find(id.get()).ifPresentOrElse(loaded -> {
            minutes = loaded;
            render();
        }, () -> {
            removeAll();
            add(new Paragraph(getTranslation("meeting.error.notFound")));
        });
    }

    void reload() {
        minutes = meetings.load(minutes.header().id());
        render();
    }

    private void render() {
        removeAll();
        cards.clear();
        Minutes.Header h = minutes.header();
        points = agenda.agenda(h.id());
        editable = agenda.mayEdit() && !minutes.approved();
        boolean unconverted = points.stream().anyMatch(p -> p.itemId() == null && !p.notReached());
        proposeButton.setVisible(editable);
        addButton.setVisible(editable);
        templateButton.setVisible(editable);
        minutesButton.setVisible(editable && unconverted);
        minutesButton.setText(getTranslation(h.status() == MeetingStatus.PLANNED ? "agenda.toMinutes" : "agenda.toMinutesAgain"));
        meetingLink.setHref("sammantraden/" + h.id());

        add(new ViewHeader(getTranslation("agenda.heading", h.bodyName(), Formats.longDate(h.date())),
                getTranslation("agenda.description")));
        Div actions = new Div(meetingLink, proposeButton, addButton, templateButton, minutesButton);
        actions.addClassName("minutes-actions");
        add(actions);
        if (minutes.approved()) {
            Paragraph locked = new Paragraph(getTranslation("agenda.lockedNote"));
            locked.addClassName("minutes-locked");
            add(locked);
        }
        Map<Long, Integer> numbers = new HashMap<>();
        minutes.paragraphs().forEach(p -> numbers.put(p.id(), p.number()));
        Div list = new Div();
        list.addClassName("minutes-paragraphs");
        for (int i = 0; i < points.size(); i++) {
            AgendaPoint point = points.get(i);
            AgendaPointCard card = new AgendaPointCard(this, h, point,
                    point.itemId() == null ? null : numbers.get(point.itemId()), editable, i == 0, i == points.size() - 1);
            cards.add(card);
            list.add(card);
        }
        if (points.isEmpty()) {
            list.add(new Paragraph(getTranslation(editable ? "agenda.emptyWriter" : "agenda.empty")));
        }
        add(list);
    }

    // ------------------------------------------------------------ actions

    void propose() {
        ErrorHandling.run(this, () -> {
            int added = agenda.propose(minutes.header().id());
            Notifications.success(this, added == 0 ? "agenda.proposedNothing" : "agenda.proposed", added);
        });
        reload();
    }

    AgendaPointDialog openPointDialog(AgendaPoint point) {
        AgendaPointDialog d = new AgendaPointDialog(agenda, minutes.header().id(), point);
        open(d.onSaved(this::reload));
        return d;
    }

    AgendaPaperDialog openPaperDialog(AgendaPoint point) {
        AgendaPaperDialog d = new AgendaPaperDialog(agenda, minutes.header().id(), point, this::reload);
        open(d);
        return d;
    }

    AgendaTemplateDialog openTemplateDialog() {
        Minutes.Header h = minutes.header();
        AgendaTemplateDialog d = new AgendaTemplateDialog(agenda, h.bodyId(), h.bodyName());
        open(d);
        return d;
    }

    void confirmToMinutes() {
        new ConfirmationDialog(getTranslation("agenda.toMinutes.confirmTitle"), getTranslation("agenda.toMinutes.confirmText"),
                getTranslation("agenda.toMinutes.confirm"), this::toMinutes).open();
    }

    void toMinutes() {
        ErrorHandling.run(this, () -> {
            int made = agenda.toMinutes(minutes.header().id(), minutes.header().version());
            Notifications.success(this, "agenda.toMinutes.done", made);
        });
        reload();
    }

    void move(AgendaPoint point, boolean up) {
        act(() -> agenda.movePoint(point.id(), point.version(), up));
    }

    void notReached(AgendaPoint point, boolean notReached) {
        act(() -> agenda.markNotReached(point.id(), point.version(), notReached));
    }

    void confirmRemove(AgendaPoint point) {
        ConfirmDelete.open(this, getTranslation("agenda.point.remove", point.title()), getTranslation("agenda.point.removeText"),
                () -> act(() -> agenda.removePoint(point.id(), point.version())));
    }

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
        return minutes == null ? getTranslation("agenda.title")
                : getTranslation("agenda.title") + " " + minutes.header().bodyName() + " " + Formats.date(minutes.header().date());
    }
}
