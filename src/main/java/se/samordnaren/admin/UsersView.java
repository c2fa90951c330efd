package se.samordnaren.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

@Route("anvandare")
@Menu(order = 90, title = "nav.users", icon = "vaadin:key")
@RolesAllowed(Roles.FORBUNDSCHEF)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    final Grid<UserAccount> grid = new Grid<>();
    UserEditor editor;

    UsersView(UserService users) {
        this.users = users;
        setSizeFull();
        Button add = new Button(getTranslation("user.add"), VaadinIcon.PLUS.create(), e -> openEditor(UserAccount.empty()));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(new ViewHeader(getTranslation("user.title"), getTranslation("user.description"), add));

        grid.addColumn(UserAccount::fullName).setHeader(getTranslation("user.fullName")).setFlexGrow(2);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("user.username"));
        grid.addColumn(u -> getTranslation(u.role().translationKey())).setHeader(getTranslation("user.role"));
        grid.addColumn(UserAccount::email).setHeader(getTranslation("user.email"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "user.active" : "user.disabled")).setHeader(getTranslation("user.status"));
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(users.list());
    }

    void openEditor(UserAccount account) {
        editor = new UserEditor(account);
        editor.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title");
    }

    class UserEditor extends Dialog {
        final TextField fullName = new TextField(getTranslation("user.fullName"));
        final TextField username = new TextField(getTranslation("user.username"));
        final EmailField email = new EmailField(getTranslation("user.email"));
        final ComboBox<Role> role = new ComboBox<>(getTranslation("user.role"));
        final Checkbox enabled = new Checkbox(getTranslation("user.enabled"));
        final PasswordField password = new PasswordField();
        private final UserAccount original;

        UserEditor(UserAccount account) {
            original = account;
            setHeaderTitle(getTranslation(account.isNew() ? "user.add" : "user.edit"));
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
            FormLayout form = new FormLayout(fullName, username, email, role, password, enabled);
            add(form);
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(640px, 95vw)");
        }

        void save() {
            UserAccount edited = new UserAccount(original.id(), username.getValue(), fullName.getValue(), email.getValue(),
                    role.getValue(), enabled.getValue(), original.version());
            try {
                users.save(edited, password.getValue());
                Notifications.success(UsersView.this, "user.saved", edited.fullName());
                close();
                refresh();
            } catch (UserFacingException error) {
                Notifications.error(UsersView.this, error);
            }
        }
    }
}
