package se.samordnaren.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.LoginThrottle;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.time.OffsetDateTime;
import java.util.Map;

@Route("anvandare")
@Menu(order = 90, title = "nav.users", icon = "vaadin:key")
@RolesAllowed(Roles.FORBUNDSCHEF)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    /** The register's people, to link an account to the person it is (meeting.signing). */
    private final se.samordnaren.people.PersonService people;

    private final UserService users;
    private final LoginThrottle loginThrottle;
    final Grid<UserAccount> grid = new Grid<>();
    UserEditor editor;
    /** Accounts whose sign-in is locked after failed attempts, with the end of the lock. */
    Map<String, OffsetDateTime> locked = Map.of();

    UsersView(UserService users, LoginThrottle loginThrottle, se.samordnaren.people.PersonService people) {
        this.people = people;
        this.users = users;
        this.loginThrottle = loginThrottle;
        setSizeFull();
        Button add = new Button(getTranslation("user.add"), VaadinIcon.PLUS.create(), e -> openEditor(UserAccount.empty()));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(new ViewHeader(getTranslation("user.title"), getTranslation("user.description"), add));

        grid.addColumn(UserAccount::fullName).setHeader(getTranslation("user.fullName")).setFlexGrow(2);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("user.username"));
        grid.addColumn(u -> getTranslation(u.role().translationKey())).setHeader(getTranslation("user.role"));
        grid.addColumn(UserAccount::email).setHeader(getTranslation("user.email"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "user.active" : "user.disabled")).setHeader(getTranslation("user.status"));
        grid.addComponentColumn(this::signInCell).setHeader(getTranslation("user.signIn")).setKey("signIn").setAutoWidth(true);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    void refresh() {
        locked = loginThrottle.lockedAccounts();
        grid.setItems(users.list());
    }

    /** Empty, or "Spärrad till 14:35" with the förbundschef's "Lås upp". */
    Component signInCell(UserAccount user) {
        OffsetDateTime until = locked.get(user.username());
        if (until == null) {
            return new Span();
        }
        String when = Formats.timestamp(until);
        Span text = new Span(getTranslation("user.lockedUntil", when));
        Button unlock = new Button(getTranslation("user.unlock"), VaadinIcon.UNLOCK.create(), e -> unlock(user));
        unlock.addThemeVariants(ButtonVariant.SMALL);
        // The row's click opens the editor; the button's click is its own.
        unlock.getElement().addEventListener("click", ignored -> { }).stopPropagation();
        HorizontalLayout cell = new HorizontalLayout(text, unlock);
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    void unlock(UserAccount user) {
        loginThrottle.unlock(user.username());
        Notifications.success(this, "user.unlocked", user.fullName());
        refresh();
    }

    void openEditor(UserAccount account) {
        editor = new UserEditor(users, people, account);
        editor.onSaved(this::refresh);
        editor.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title");
    }
}
