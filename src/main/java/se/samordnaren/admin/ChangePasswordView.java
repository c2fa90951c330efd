package se.samordnaren.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

@Route("konto/losenord")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    final PasswordField current = new PasswordField(getTranslation("password.current"));
    final PasswordField next = new PasswordField(getTranslation("password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
    final Button save = new Button(getTranslation("password.change"));

    ChangePasswordView(UserService users) {
        this.users = users;
        setMaxWidth("640px");
        UserAccount me = users.me();
        next.setHelperText(getTranslation("password.rules", UserService.MIN_PASSWORD_LENGTH));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> change());
        add(new ViewHeader(getTranslation("password.title"), getTranslation("password.description")),
                new Paragraph(getTranslation("password.signedInAs", me.fullName(), me.username())),
                new FormLayout(current, next, repeat), save);
    }

    void change() {
        if (!next.getValue().equals(repeat.getValue())) {
            Notifications.error(this, "password.error.mismatch");
            return;
        }
        if (ErrorHandling.run(this, () -> users.changeOwnPassword(current.getValue(), next.getValue()))) {
            current.clear();
            next.clear();
            repeat.clear();
            Notifications.success(this, "password.changed");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
