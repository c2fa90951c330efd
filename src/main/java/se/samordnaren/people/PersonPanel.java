package se.samordnaren.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import se.samordnaren.association.MemberService;
import se.samordnaren.ui.ConfirmDelete;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Notifications;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The chosen person on the people page: name, organisation and contact, the paragraphs that decided about them, and
 * every appointment over time; editors change, delete and add from here. {@code onChanged} tells the page that the
 * list should be read again.
 */
class PersonPanel extends Div {

    final H2 title = new H2();
    final Span subtitle = PeopleUi.secondary("");
    final Div decidedAt = new Div();
    final Button editButton = new Button();
    final Button deleteButton = new Button();
    final Button addAppointmentButton = new Button();
    final AppointmentGrid appointments;
    PersonEditor editor;
    AppointmentEditor appointmentEditor;
    EndAppointmentDialog endDialog;
    PersonDetails shown;

    private final PersonService people;
    private final BodyService bodies;
    private final MemberService members;
    private final boolean mayEdit;
    private final Runnable onChanged;

    PersonPanel(PersonService people, BodyService bodies, MemberService members, boolean mayEdit, Runnable onChanged) {
        this.people = people;
        this.bodies = bodies;
        this.members = members;
        this.mayEdit = mayEdit;
        this.onChanged = onChanged;

        editButton.setText(getTranslation("people.person.edit"));
        editButton.setIcon(VaadinIcon.EDIT.create());
        editButton.addClickListener(e -> openEditor());
        deleteButton.setIcon(VaadinIcon.TRASH.create());
        deleteButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        deleteButton.setAriaLabel(getTranslation("action.delete"));
        deleteButton.addClickListener(e -> confirmDelete());
        addAppointmentButton.setText(getTranslation("people.appointment.add"));
        addAppointmentButton.setIcon(VaadinIcon.PLUS.create());
        addAppointmentButton.addThemeVariants(ButtonVariant.PRIMARY);
        addAppointmentButton.addClickListener(e -> openAppointmentEditor());

        appointments = new AppointmentGrid(AppointmentGrid.Of.PERSON, mayEdit, this::openEndDialog,
                this::confirmDeleteAppointment);
        add(PeopleUi.card(PeopleUi.header(FlexComponent.Alignment.CENTER, title, new Div(subtitle, decidedAt),
                editButton, deleteButton, addAppointmentButton), appointments));
        setWidthFull();
        show(null);
    }

    /** Shows the person (read again), or asks to choose one when {@code personId} is null or gone. */
    void show(Long personId) {
        shown = personId == null ? null : people.details(personId).orElse(null);
        boolean any = shown != null;
        editButton.setVisible(mayEdit && any);
        deleteButton.setVisible(mayEdit && any);
        deleteButton.setEnabled(any && shown.appointments().isEmpty());
        addAppointmentButton.setVisible(mayEdit && any);
        decidedAt.removeAll();
        if (!any) {
            title.setText(getTranslation("people.appointments.title"));
            subtitle.setText(getTranslation("people.person.choose"));
            appointments.setItems(List.of());
            return;
        }
        Person person = shown.person();
        title.setText(person.nameWithParty());
        subtitle.setText(Stream.of(person.organisationLabel(), person.email(), person.phone())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · ")));
        appointments.setItems(shown.appointments());
        decidedAt.add(PeopleUi.decidedLinks(shown.decidedAt()));
    }

    /** The id of the person shown, or null. */
    Long shownId() {
        return shown == null ? null : shown.person().id();
    }

    void openEditor() {
        if (shown == null) {
            return;
        }
        editor = new PersonEditor(people, members.list(), shown.person());
        editor.onSaved(this::changed);
        editor.open();
    }

    void openAppointmentEditor() {
        if (shown == null) {
            return;
        }
        appointmentEditor = new AppointmentEditor(people, bodies.list(), members.list(), shown.person(), null);
        appointmentEditor.onSaved(this::changed);
        appointmentEditor.open();
    }

    void openEndDialog(Appointment appointment) {
        endDialog = new EndAppointmentDialog(people, appointment);
        endDialog.onSaved(this::changed);
        endDialog.open();
    }

    private void confirmDelete() {
        if (shown == null) {
            return;
        }
        Person person = shown.person();
        ConfirmDelete.open(this, getTranslation("people.person.delete.header", person.fullName()),
                getTranslation("people.person.delete.text"), () -> delete(person));
    }

    void delete(Person person) {
        if (ErrorHandling.run(this, () -> people.delete(person))) {
            Notifications.success(this, "people.person.deleted", person.fullName());
            show(null);
        }
        onChanged.run();
    }

    private void confirmDeleteAppointment(Appointment appointment) {
        ConfirmDelete.open(this, getTranslation("people.appointment.delete.header"),
                getTranslation("people.appointment.delete.text"), () -> deleteAppointment(appointment));
    }

    void deleteAppointment(Appointment appointment) {
        if (ErrorHandling.run(this, () -> people.deleteAppointment(appointment))) {
            Notifications.success(this, "people.appointment.deleted");
        }
        changed();
    }

    /** Reads the shown person again and tells the page. */
    private void changed() {
        show(shownId());
        onChanged.run();
    }
}
