package se.samordnaren.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import se.samordnaren.association.MemberService;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.Formats;

import java.time.LocalDate;
import java.util.List;

/**
 * The chosen body's composition on a day, today unless another day is chosen: who held which role, how many take
 * part in decisions; editors add and end appointments here. {@code onChanged} tells the page that its list of
 * bodies should be read again (the number of appointments today).
 */
class CompositionPanel extends Div {

    final H2 title = new H2();
    final DatePicker date = Fields.date("people.composition.on");
    final Button todayButton = new Button();
    final Span note = PeopleUi.secondary("");
    final Button addAppointmentButton = new Button();
    final AppointmentGrid composition;
    AppointmentEditor appointmentEditor;
    EndAppointmentDialog endDialog;
    Body body;

    private final BodyService bodies;
    private final PersonService people;
    private final MemberService members;
    private final Runnable onChanged;

    CompositionPanel(BodyService bodies, PersonService people, MemberService members, boolean mayEdit,
                     Runnable onChanged) {
        this.bodies = bodies;
        this.people = people;
        this.members = members;
        this.onChanged = onChanged;

        date.setValue(LocalDate.now());
        date.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                date.setValue(LocalDate.now());
            } else {
                refresh();
            }
        });
        todayButton.setText(getTranslation("people.composition.today"));
        todayButton.addThemeVariants(ButtonVariant.TERTIARY);
        todayButton.addClickListener(e -> date.setValue(LocalDate.now()));
        addAppointmentButton.setText(getTranslation("people.appointment.add"));
        addAppointmentButton.setIcon(VaadinIcon.PLUS.create());
        addAppointmentButton.addClickListener(e -> openAppointmentEditor());
        addAppointmentButton.setVisible(mayEdit);

        composition = new AppointmentGrid(AppointmentGrid.Of.BODY, mayEdit, this::openEndDialog, null);
        add(PeopleUi.card(PeopleUi.header(FlexComponent.Alignment.BASELINE, title, note, date, todayButton,
                addAppointmentButton), composition));
        setWidthFull();
        show(null);
    }

    /** Shows the body's composition on the chosen day; null asks to choose a body. */
    void show(Body chosen) {
        body = chosen;
        refresh();
    }

    void refresh() {
        if (body == null) {
            title.setText(getTranslation("people.composition.choose"));
            note.setText("");
            composition.setItems(List.of());
            addAppointmentButton.setEnabled(false);
            return;
        }
        LocalDate on = date.getValue() == null ? LocalDate.now() : date.getValue();
        List<Appointment> seats = bodies.composition(body.id(), on);
        composition.setItems(seats);
        title.setText(getTranslation("people.composition.title", body.name()));
        long decisionMakers = seats.stream().filter(a -> a.role().isDecisionMaker()).count();
        String text = getTranslation("people.composition.decisionMakers", decisionMakers);
        if (!on.equals(LocalDate.now())) {
            text = getTranslation("people.composition.pastNote", body.name(), Formats.longDate(on)) + " " + text;
        }
        note.setText(text);
        addAppointmentButton.setEnabled(true);
    }

    void openAppointmentEditor() {
        appointmentEditor = new AppointmentEditor(people, bodies.list(), members.list(), null, body);
        appointmentEditor.onSaved(onChanged);
        appointmentEditor.open();
    }

    void openEndDialog(Appointment appointment) {
        endDialog = new EndAppointmentDialog(people, appointment);
        endDialog.onSaved(onChanged);
        endDialog.open();
    }
}
