package se.samordnaren.meeting.docs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.meeting.StatusBadge;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.util.List;

/** Open and closed follow-ups; the förbundschef and the secretary close them with the paragraph that dealt with them. */
@Route("uppfoljning")
@Menu(order = 18, title = "nav.followUps", icon = "vaadin:calendar-clock")
@PermitAll
class FollowUpsView extends VerticalLayout implements HasDynamicTitle {

    private final FollowUpService followUps;
    private final boolean mayClose;
    final RadioButtonGroup<FollowUpService.Show> show = new RadioButtonGroup<>();
    final ComboBox<FollowUpService.PersonOption> responsible = new ComboBox<>();
    final Grid<FollowUpService.Row> grid = new Grid<>();
    CloseDialog closeDialog;
    RescheduleDialog rescheduleDialog;

    FollowUpsView(FollowUpService followUps, CurrentUser currentUser) {
        this.followUps = followUps;
        this.mayClose = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
        setSizeFull();
        add(new ViewHeader(getTranslation("followUp.title"), getTranslation("followUp.description")));

        show.setLabel(getTranslation("followUp.show"));
        show.setItems(FollowUpService.Show.values());
        show.setItemLabelGenerator(s -> getTranslation("followUp.show." + s.name()));
        show.setValue(FollowUpService.Show.OPEN);
        show.addValueChangeListener(e -> refresh());
        responsible.setLabel(getTranslation("followUp.responsible"));
        responsible.setPlaceholder(getTranslation("followUp.responsible.all"));
        responsible.setItems(followUps.responsiblePeople());
        responsible.setItemLabelGenerator(FollowUpService.PersonOption::name);
        responsible.setClearButtonVisible(true);
        responsible.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(show, responsible);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.addComponentColumn(this::status).setHeader(getTranslation("followUp.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FollowUpService.Row::description).setHeader(getTranslation("followUp.what")).setFlexGrow(3);
        grid.addComponentColumn(r -> link(r.decidedAt())).setHeader(getTranslation("followUp.decidedAt")).setAutoWidth(true);
        grid.addColumn(r -> r.responsible() == null ? "" : r.responsible()).setHeader(getTranslation("followUp.responsible"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.dueOn())).setHeader(getTranslation("followUp.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::closedBy).setHeader(getTranslation("followUp.closedBy")).setFlexGrow(2);
        if (mayClose) {
            // Fixed width: auto width measures the first rows, and "Öppna igen" is longer than "Stäng".
            grid.addComponentColumn(this::closeButton).setWidth("9em").setFlexGrow(0);
            grid.addComponentColumn(this::rescheduleButton).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("followUp.empty"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    void refresh() {
        FollowUpService.PersonOption person = responsible.getValue();
        grid.setItems(followUps.list(new FollowUpService.Filter(show.getValue(), person == null ? null : person.id())));
    }

    private Component status(FollowUpService.Row row) {
        if (!row.open()) {
            return new Badge(getTranslation("followUp.status.CLOSED"), StatusBadge.tone(Minutes.ConditionState.CLOSED));
        }
        if (row.overdue()) {
            return new Badge(getTranslation("followUp.status.overdue"), StatusBadge.tone(Minutes.ConditionState.OVERDUE));
        }
        return new Badge(getTranslation("followUp.status.OPEN"), StatusBadge.tone(Minutes.ConditionState.OPEN));
    }

    private Component link(FollowUpService.ParagraphRef ref) {
        if (ref == null) {
            return new Span();
        }
        Anchor anchor = new Anchor(DecidedAtLink.href(ref.meetingId(), ref.number()),
                DecidedAtLink.label(ref.bodyName(), ref.meetingDate(), ref.number()));
        anchor.addClassName("decided-at-link");
        return anchor;
    }

    private Component closedBy(FollowUpService.Row row) {
        if (row.closedBy() == null) {
            return new Span();
        }
        Div cell = new Div(link(row.closedBy()));
        if (row.closedNote() != null) {
            Div note = new Div(row.closedNote());
            note.getStyle().set("color", "var(--lumo-secondary-text-color, #555)").set("font-size", "var(--lumo-font-size-s, .875rem)");
            cell.add(note);
        }
        return cell;
    }

    /** "Stäng" for an open follow-up, "Öppna igen" for a closed one. */
    private Component closeButton(FollowUpService.Row row) {
        if (!row.open()) {
            Button reopen = new Button(getTranslation("followUp.reopen"), e -> reopen(row));
            reopen.addThemeVariants(ButtonVariant.SMALL);
            reopen.setAriaLabel(getTranslation("followUp.reopen") + ": " + row.description());
            return reopen;
        }
        Button close = new Button(getTranslation("followUp.close"), e -> openClose(row));
        close.addThemeVariants(ButtonVariant.SMALL);
        close.setAriaLabel(getTranslation("followUp.close") + ": " + row.description());
        return close;
    }

    private Component rescheduleButton(FollowUpService.Row row) {
        if (!row.open()) {
            return new Span();
        }
        Button edit = new Button(getTranslation("followUp.reschedule"), e -> openReschedule(row));
        edit.addThemeVariants(ButtonVariant.SMALL);
        edit.setAriaLabel(getTranslation("followUp.reschedule") + ": " + row.description());
        return edit;
    }

    void reopen(FollowUpService.Row row) {
        try {
            followUps.reopen(row.id(), row.version());
            Notifications.success(this, "followUp.reopened");
            refresh();
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
    }

    void openReschedule(FollowUpService.Row row) {
        try {
            rescheduleDialog = new RescheduleDialog(row, followUps.schedule(row.id()));
            rescheduleDialog.open();
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
    }

    void openClose(FollowUpService.Row row) {
        closeDialog = new CloseDialog(row);
        closeDialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followUp.title");
    }

    /** Pick a meeting, then the paragraph that dealt with the follow-up, and add a note. */
    class CloseDialog extends Dialog {
        final ComboBox<FollowUpService.MeetingOption> meeting = new ComboBox<>(getTranslation("followUp.close.meeting"));
        final ComboBox<FollowUpService.ItemOption> item = new ComboBox<>(getTranslation("followUp.close.item"));
        final TextArea note = new TextArea(getTranslation("followUp.close.note"));
        final Button save = new Button(getTranslation("followUp.close"));
        private final FollowUpService.Row row;

        CloseDialog(FollowUpService.Row row) {
            this.row = row;
            setHeaderTitle(getTranslation("followUp.close.header"));
            Div what = new Div(row.description());
            what.getStyle().set("margin-bottom", "0.5em");
            meeting.setItems(followUps.meetings());
            meeting.setItemLabelGenerator(FollowUpService.MeetingOption::label);
            meeting.setRequiredIndicatorVisible(true);
            item.setItemLabelGenerator(FollowUpService.ItemOption::label);
            item.setRequiredIndicatorVisible(true);
            item.setEnabled(false);
            meeting.addValueChangeListener(e -> {
                item.clear();
                item.setItems(e.getValue() == null ? java.util.List.of() : followUps.items(e.getValue().id()));
                item.setEnabled(e.getValue() != null);
            });
            note.setHelperText(getTranslation("followUp.close.note.help"));
            FormLayout form = new FormLayout(meeting, item, note);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            add(what, form);
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(560px, 95vw)");
        }

        void save() {
            if (item.getValue() == null) {
                item.setInvalid(true);
                item.setErrorMessage(getTranslation("followUp.error.itemRequired"));
                Notifications.error(FollowUpsView.this, "followUp.error.itemRequired");
                return;
            }
            try {
                followUps.close(row.id(), row.version(), item.getValue().id(), note.getValue());
                Notifications.success(FollowUpsView.this, "followUp.closed");
                close();
                refresh();
            } catch (UserFacingException error) {
                Notifications.error(FollowUpsView.this, error);
            }
        }
    }

    /** Change an open follow-up's due date or due meeting (one of them, or neither) and who answers for it. */
    class RescheduleDialog extends Dialog {
        final DatePicker dueDate = new DatePicker(getTranslation("followUp.reschedule.dueDate"));
        final ComboBox<FollowUpService.MeetingOption> dueMeeting = new ComboBox<>(getTranslation("followUp.reschedule.dueMeeting"));
        final ComboBox<FollowUpService.PersonOption> person = new ComboBox<>(getTranslation("followUp.responsible"));
        final Button save = new Button(getTranslation("action.save"));
        private final FollowUpService.Row row;

        RescheduleDialog(FollowUpService.Row row, FollowUpService.Schedule schedule) {
            this.row = row;
            setHeaderTitle(getTranslation("followUp.reschedule.header"));
            Div what = new Div(row.description());
            what.getStyle().set("margin-bottom", "0.5em");
            dueDate.setLocale(java.util.Locale.of("sv", "SE"));
            dueDate.setClearButtonVisible(true);
            dueDate.setValue(schedule.dueDate());
            List<FollowUpService.MeetingOption> meetings = followUps.meetings();
            dueMeeting.setItems(meetings);
            dueMeeting.setItemLabelGenerator(FollowUpService.MeetingOption::label);
            dueMeeting.setClearButtonVisible(true);
            meetings.stream().filter(m -> schedule.dueMeetingId() != null && m.id() == schedule.dueMeetingId())
                    .findFirst().ifPresent(dueMeeting::setValue);
            List<FollowUpService.PersonOption> people = followUps.people();
            person.setItems(people);
            person.setItemLabelGenerator(FollowUpService.PersonOption::name);
            person.setClearButtonVisible(true);
            people.stream().filter(p -> schedule.responsiblePersonId() != null && p.id() == schedule.responsiblePersonId())
                    .findFirst().ifPresent(person::setValue);
            // A follow-up is due on a date or at a meeting, never both: choosing one clears the other.
            dueDate.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    dueMeeting.clear();
                }
            });
            dueMeeting.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    dueDate.clear();
                }
            });
            dueDate.setHelperText(getTranslation("followUp.reschedule.help"));
            FormLayout form = new FormLayout(dueDate, dueMeeting, person);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            add(what, form);
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(560px, 95vw)");
        }

        void save() {
            FollowUpService.MeetingOption meeting = dueMeeting.getValue();
            FollowUpService.PersonOption who = person.getValue();
            try {
                followUps.reschedule(row.id(), row.version(), dueDate.getValue(), meeting == null ? null : meeting.id(),
                        who == null ? null : who.id());
                Notifications.success(FollowUpsView.this, "followUp.rescheduled");
                close();
                refresh();
            } catch (UserFacingException error) {
                Notifications.error(FollowUpsView.this, error);
            }
        }
    }
}
