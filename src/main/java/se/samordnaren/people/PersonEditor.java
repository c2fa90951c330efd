package se.samordnaren.people;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import se.samordnaren.association.Member;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

import java.util.List;
import java.util.Objects;

/** Adds or changes a person. Keeps what the user typed when the save is refused. */
class PersonEditor extends FormDialog<PersonEditor.Form> {

    /** What the form edits; the person's id and version stay with the dialog. */
    public record Form(String fullName, String party, Member member, String organisation, String email, String phone) {

        static Form of(Person person, List<Member> members) {
            Member member = members.stream().filter(m -> Objects.equals(m.id(), person.memberId())).findFirst().orElse(null);
            return new Form(person.fullName(), person.party(), member, person.organisation(), person.email(),
                    person.phone());
        }

        Person toPerson(Person original) {
            return new Person(original.id(), fullName, party, member == null ? null : member.id(),
                    member == null ? null : member.name(), member == null ? organisation : null, email, phone,
                    original.version());
        }
    }

    final TextField name = Fields.text("people.person.name");
    final TextField party = Fields.text("people.person.party", 6);
    final ComboBox<Member> member = new ComboBox<>(getTranslation("people.person.member"));
    final TextField organisation = Fields.text("people.person.organisation");
    final TextField email = Fields.text("people.person.email");
    final TextField phone = Fields.text("people.person.phone");

    private final PersonService people;
    private final Person original;
    private Person saved;

    PersonEditor(PersonService people, List<Member> members, Person person) {
        super(person.isNew() ? "people.person.add" : "people.person.edit", new Binder<>(Form.class));
        this.people = people;
        this.original = person;
        member.setItems(members);
        member.setItemLabelGenerator(Member::name);
        member.setClearButtonVisible(true);
        member.addValueChangeListener(e -> {
            organisation.setEnabled(e.getValue() == null);
            if (e.getValue() != null) {
                organisation.clear();
            }
        });
        party.setHelperText(getTranslation("people.person.party.help"));
        organisation.setHelperText(getTranslation("people.person.organisation.help"));

        binder().forField(name).asRequired(getTranslation("people.error.nameRequired")).bind("fullName");
        binder().forField(party)
                .withValidator((value, context) -> value == null || value.isBlank()
                        || PersonService.PARTY.matcher(value.trim().toLowerCase(getLocale())).matches()
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("people.error.party", value)))
                .bind("party");
        binder().forField(member).bind("member");
        binder().forField(organisation).bind("organisation");
        binder().forField(email)
                .withValidator((value, context) -> value == null || value.isBlank()
                        || PersonService.EMAIL.matcher(value.trim()).matches()
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("people.error.email", value)))
                .bind("email");
        binder().forField(phone).bind("phone");
        binder().readRecord(Form.of(person, members));
        organisation.setEnabled(member.isEmpty());

        form().add(name, party, member, organisation, email, phone);
    }

    @Override
    protected void submit() {
        saved = people.save(record().toPerson(original));
        successMessage("people.person.saved", saved.fullName());
    }

    /** The person as saved, once the save worked. */
    Person saved() {
        return saved;
    }
}
