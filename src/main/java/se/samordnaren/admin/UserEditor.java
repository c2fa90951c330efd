package se.samordnaren.admin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.Texts;
import se.samordnaren.people.Person;
import se.samordnaren.people.PersonService;
import se.samordnaren.ui.Lazy;
import se.samordnaren.security.Role;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

/** A new user, or the changes to one: name, username, e-mail, role, sign-in allowed, and a (new) password. */
class UserEditor extends FormDialog<Void> {

    final TextField fullName = Fields.text("user.fullName");
    final TextField username = Fields.text("user.username", UserService.USERNAME_MAX);
    final EmailField email = new EmailField(getTranslation("user.email"));
    final ComboBox<Role> role = new ComboBox<>(getTranslation("user.role"));
    final Checkbox enabled = new Checkbox(getTranslation("user.enabled"));
    final PasswordField password = new PasswordField();
    /** The person of the register this account is (the chair who signs minutes); null without the people service. */
    final ComboBox<Person> person = new ComboBox<>();
    private final UserService users;
    private final UserAccount original;
    private final boolean withPerson;

    UserEditor(UserService users, UserAccount account) {
        this(users, null, account);
    }

    UserEditor(UserService users, PersonService people, UserAccount account) {
        super(account.isNew() ? "user.add" : "user.edit");
        this.withPerson = people != null;
        this.users = users;
        this.original = account;
        required(fullName, "user.fullName").bind(ignored -> null, (ignored, value) -> { });
        required(username, "user.username").bind(ignored -> null, (ignored, value) -> { });
        required(role, "user.role").bind(ignored -> null, (ignored, value) -> { });
        email.setMaxLength(Texts.SHORT);
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        fullName.setValue(account.fullName());
        username.setValue(account.username());
        username.setHelperText(getTranslation("user.username.help"));
        email.setValue(account.email() == null ? "" : account.email());
        role.setValue(account.role());
        enabled.setValue(account.enabled());
        password.setLabel(getTranslation(account.isNew() ? "user.firstPassword" : "user.newPassword"));
        password.setHelperText(getTranslation("password.rules", UserService.MIN_PASSWORD_LENGTH));
        form().add(fullName, username, email, role, password, enabled);
        if (withPerson) {
            person.setLabel(getTranslation("user.person"));
            person.setHelperText(getTranslation("user.person.help"));
            person.setClearButtonVisible(true);
            person.setItemLabelGenerator(p -> p.organisationLabel().isEmpty() ? p.fullName()
                    : p.fullName() + ", " + p.organisationLabel());
            Lazy.items(person, people::search);
            if (!account.isNew()) {
                users.linkedPerson(account.id()).flatMap(people::find).ifPresent(person::setValue);
            }
            form().add(person);
        }
    }

    @Override
    protected void submit() {
        UserAccount edited = new UserAccount(original.id(), username.getValue(), fullName.getValue(), email.getValue(),
                role.getValue(), enabled.getValue(), original.version());
        if (withPerson) {
            users.save(edited, password.getValue(), person.getValue() == null ? null : person.getValue().id());
        } else {
            users.save(edited, password.getValue());
        }
        successMessage("user.saved", edited.fullName());
    }
}
