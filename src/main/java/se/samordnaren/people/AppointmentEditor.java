package se.samordnaren.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.ui.Notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Adds an appointment: for a given person (from the people view) or to a given body (from a composition).
 * A new person in a seat is always a new appointment; the old one is ended separately. Keeps what the user typed
 * when the database refuses (overlap, second chair).
 */
class AppointmentEditor extends Dialog {

    final ComboBox<Person> person = new ComboBox<>(getTranslation("people.appointment.person"));
    final ComboBox<Body> body = new ComboBox<>(getTranslation("people.appointment.body"));
    final ComboBox<AppointmentRole> role = new ComboBox<>(getTranslation("people.appointment.role"));
    final ComboBox<Member> represents = new ComboBox<>(getTranslation("people.appointment.represents"));
    final DatePicker validFrom = new DatePicker(getTranslation("people.appointment.validFrom"));
    final DatePicker validTo = new DatePicker(getTranslation("people.appointment.validTo"));
    final TextField note = new TextField(getTranslation("people.appointment.note"));
    final Button save = new Button(getTranslation("action.save"));

    private final PersonService people;
    private final Runnable onSaved;
    private final Binder<Draft> binder = new Binder<>();
    private final List<Member> members;

    AppointmentEditor(PersonService people, BodyService bodies, MemberService memberService,
                      Person fixedPerson, Body fixedBody, Runnable onSaved) {
        this.people = people;
        this.onSaved = onSaved;
        this.members = memberService.list();
        setHeaderTitle(getTranslation("people.appointment.add")
                + (fixedPerson != null ? " – " + fixedPerson.fullName() : fixedBody != null ? " – " + fixedBody.name() : ""));

        person.setItems(fixedPerson != null ? List.of(fixedPerson) : people.search("", se.samordnaren.common.PageRequest.first(se.samordnaren.common.PageRequest.MAX_LIMIT)));
        person.setItemLabelGenerator(p -> p.organisationLabel().isEmpty()
                ? p.nameWithParty() : p.nameWithParty() + ", " + p.organisationLabel());
        person.addValueChangeListener(e -> {
            if (e.isFromClient() || represents.isEmpty()) {
                represents.setValue(memberOf(e.getValue()));
            }
        });
        body.setItems(fixedBody != null ? List.of(fixedBody) : bodies.list());
        body.setItemLabelGenerator(Body::name);
        role.setItems(AppointmentRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        represents.setItems(members);
        represents.setItemLabelGenerator(Member::name);
        represents.setClearButtonVisible(true);
        validTo.setHelperText(getTranslation("people.appointment.validTo.help"));
        validTo.setClearButtonVisible(true);

        binder.forField(person).asRequired(getTranslation("people.error.personRequired")).bind(Draft::getPerson, Draft::setPerson);
        binder.forField(body).asRequired(getTranslation("people.error.bodyRequired")).bind(Draft::getBody, Draft::setBody);
        binder.forField(role).asRequired(getTranslation("people.error.roleRequired")).bind(Draft::getRole, Draft::setRole);
        binder.forField(represents).bind(Draft::getRepresents, Draft::setRepresents);
        binder.forField(validFrom).asRequired(getTranslation("people.error.validFromRequired"))
                .bind(Draft::getValidFrom, Draft::setValidFrom);
        binder.forField(validTo)
                .withValidator(to -> to == null || validFrom.getValue() == null || !to.isBefore(validFrom.getValue()),
                        getTranslation("people.error.period"))
                .bind(Draft::getValidTo, Draft::setValidTo);
        binder.forField(note).bind(Draft::getNote, Draft::setNote);

        Draft draft = new Draft();
        draft.setPerson(fixedPerson);
        draft.setBody(fixedBody);
        draft.setRole(AppointmentRole.MEMBER);
        draft.setRepresents(memberOf(fixedPerson));
        draft.setValidFrom(LocalDate.now());
        binder.readBean(draft);
        person.setReadOnly(fixedPerson != null);
        body.setReadOnly(fixedBody != null);

        FormLayout form = new FormLayout(person, body, role, represents, validFrom, validTo, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(person, 2);
        form.setColspan(note, 2);
        add(form);

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(640px, 95vw)");
    }

    private Member memberOf(Person p) {
        if (p == null || p.memberId() == null) {
            return null;
        }
        return members.stream().filter(m -> Objects.equals(m.id(), p.memberId())).findFirst().orElse(null);
    }

    void save() {
        Draft draft = new Draft();
        try {
            binder.writeBean(draft);
        } catch (ValidationException invalid) {
            Notifications.error(this, "error.checkFields");
            return;
        }
        try {
            people.addAppointment(new NewAppointment(draft.getPerson().id(), draft.getBody().id(), draft.getRole(),
                    draft.getRepresents() == null ? null : draft.getRepresents().id(), draft.getValidFrom(),
                    draft.getValidTo(), draft.getNote()));
            Notifications.success(this, "people.appointment.saved");
            close();
            onSaved.run();
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
    }

    /** The form's editable state. */
    static class Draft {
        private Person person;
        private Body body;
        private AppointmentRole role;
        private Member represents;
        private LocalDate validFrom;
        private LocalDate validTo;
        private String note;

        Person getPerson() { return person; }
        void setPerson(Person person) { this.person = person; }
        Body getBody() { return body; }
        void setBody(Body body) { this.body = body; }
        AppointmentRole getRole() { return role; }
        void setRole(AppointmentRole role) { this.role = role; }
        Member getRepresents() { return represents; }
        void setRepresents(Member represents) { this.represents = represents; }
        LocalDate getValidFrom() { return validFrom; }
        void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
        LocalDate getValidTo() { return validTo; }
        void setValidTo(LocalDate validTo) { this.validTo = validTo; }
        String getNote() { return note; }
        void setNote(String note) { this.note = note; }
    }
}
