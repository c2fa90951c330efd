package se.samordnaren.people;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.association.Member;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Adds an appointment: for a given person (from the people view) or to a given body (from a composition). A new
 * person in a seat is always a new appointment; the old one is ended separately. Keeps what the user typed when the
 * seat is taken (the message names who holds it).
 */
class AppointmentEditor extends FormDialog<AppointmentEditor.Form> {

    /** What the form edits. */
    public record Form(Person person, Body body, AppointmentRole role, Member represents, LocalDate validFrom,
                LocalDate validTo, String note) {

        NewAppointment toNewAppointment() {
            return new NewAppointment(person.id(), body.id(), role, represents == null ? null : represents.id(),
                    validFrom, validTo, note);
        }
    }

    final ComboBox<Person> person = new ComboBox<>(getTranslation("people.appointment.person"));
    final ComboBox<Body> body = new ComboBox<>(getTranslation("people.appointment.body"));
    final ComboBox<AppointmentRole> role = new ComboBox<>(getTranslation("people.appointment.role"));
    final ComboBox<Member> represents = new ComboBox<>(getTranslation("people.appointment.represents"));
    final DatePicker validFrom = Fields.date("people.appointment.validFrom");
    final DatePicker validTo = Fields.date("people.appointment.validTo");
    final TextField note = Fields.text("people.appointment.note");

    private final PersonService people;
    private final List<Member> members;

    AppointmentEditor(PersonService people, List<Body> bodies, List<Member> members, Person fixedPerson, Body fixedBody) {
        super("people.appointment.add", new Binder<>(Form.class));
        this.people = people;
        this.members = members;
        if (fixedPerson != null || fixedBody != null) {
            setHeaderTitle(getTranslation("people.appointment.addFor",
                    fixedPerson != null ? fixedPerson.fullName() : fixedBody.name()));
        }

        if (fixedPerson != null) {
            person.setItems(List.of(fixedPerson));
        } else {
            // Searched as the user types, a page at a time: the register of people can be long.
            Lazy.items(person, (text, page) -> people.list(text, page).stream().map(PersonSummary::person).toList());
        }
        person.setItemLabelGenerator(p -> p.organisationLabel().isEmpty()
                ? p.nameWithParty() : p.nameWithParty() + ", " + p.organisationLabel());
        person.addValueChangeListener(e -> {
            if (e.isFromClient() || represents.isEmpty()) {
                represents.setValue(memberOf(e.getValue()));
            }
        });
        body.setItems(fixedBody != null ? List.of(fixedBody) : bodies);
        body.setItemLabelGenerator(Body::name);
        role.setItems(AppointmentRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        represents.setItems(members);
        represents.setItemLabelGenerator(Member::name);
        represents.setClearButtonVisible(true);
        validTo.setHelperText(getTranslation("people.appointment.validTo.help"));
        validTo.setClearButtonVisible(true);

        binder().forField(person).asRequired(getTranslation("people.error.personRequired")).bind("person");
        binder().forField(body).asRequired(getTranslation("people.error.bodyRequired")).bind("body");
        binder().forField(role).asRequired(getTranslation("people.error.roleRequired")).bind("role");
        binder().forField(represents).bind("represents");
        binder().forField(validFrom).asRequired(getTranslation("people.error.validFromRequired")).bind("validFrom");
        binder().forField(validTo)
                .withValidator(to -> to == null || validFrom.getValue() == null || !to.isBefore(validFrom.getValue()),
                        getTranslation("people.error.period"))
                .bind("validTo");
        binder().forField(note).bind("note");
        binder().readRecord(new Form(fixedPerson, fixedBody, AppointmentRole.MEMBER, memberOf(fixedPerson),
                LocalDate.now(), null, ""));
        person.setReadOnly(fixedPerson != null);
        body.setReadOnly(fixedBody != null);

        wide(person);
        form().add(body, role, represents, validFrom, validTo);
        wide(note);
    }

    private Member memberOf(Person p) {
        if (p == null || p.memberId() == null) {
            return null;
        }
        return members.stream().filter(m -> Objects.equals(m.id(), p.memberId())).findFirst().orElse(null);
    }

    @Override
    protected void submit() {
        people.addAppointment(record().toNewAppointment());
        successMessage("people.appointment.saved");
    }
}
