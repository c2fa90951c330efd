package se.samordnaren.admin;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.APP_USER;

/** The user editor on the shared form dialog: required fields, lengths, a taken username, and a saved user listed. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class UserEditorTest extends ViewTest {

    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder passwordEncoder;

    private UsersView usersView() {
        data.insertUser(passwordEncoder, "chef", Role.FORBUNDSCHEF, "ett-bra-losen-7");
        data.insertUser(passwordEncoder, "ekonom", Role.EKONOM, "ett-bra-losen-7");
        return AopTestUtils.getUltimateTargetObject(navigate(UsersView.class));
    }

    private UserEditor newUser(UsersView view) {
        view.openEditor(UserAccount.empty());
        roundTrip();
        return view.editor;
    }

    @Test
    void a_new_user_is_saved_through_the_dialog_and_listed() {
        UsersView view = usersView();
        UserEditor editor = newUser(view);
        test(editor.fullName).setValue("Eva Revisor");
        test(editor.username).setValue("eva");
        editor.role.setValue(Role.REVISOR);
        test(editor.password).setValue("ett-langt-losen-9");

        assertThat(editor.save()).isTrue();

        assertThat(editor.isOpened()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(db.fetchValue(APP_USER.ROLE, APP_USER.USERNAME.eq("eva"))).isEqualTo(Role.REVISOR);
    }

    @Test
    void a_taken_username_keeps_the_dialog_open_with_a_swedish_message_naming_it() {
        UsersView view = usersView();
        UserEditor editor = newUser(view);
        test(editor.fullName).setValue("En till ekonom");
        test(editor.username).setValue("ekonom");
        test(editor.password).setValue("ett-langt-losen-9");

        assertThat(editor.save()).isFalse();

        assertThat(editor.isOpened()).isTrue();
        assertThat(test(find(Notification.class).all().getLast()).getText()).isEqualTo("Användarnamnet ekonom är redan upptaget.");
        assertThat(db.fetchCount(APP_USER)).isEqualTo(2);
    }

    @Test
    void an_empty_name_blocks_the_save_at_the_field() {
        UserEditor editor = newUser(usersView());
        test(editor.username).setValue("ny");

        assertThat(editor.save()).isFalse();

        assertThat(editor.fullName.isInvalid()).isTrue();
        assertThat(editor.fullName.getErrorMessage()).isEqualTo("Fyll i Namn.");
        assertThat(editor.fullName.getMaxLength()).isEqualTo(300);
    }

    @Test
    void a_name_of_ten_thousand_characters_is_refused_by_the_service_and_by_the_database() {
        usersView();
        UserAccount tooLong = new UserAccount(null, "lang", "A".repeat(10_000), null, Role.STYRELSE, true, null);

        assertThatThrownBy(() -> users.save(tooLong, "ett-langt-losen-9"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.text.tooLong");
        assertThatThrownBy(() -> db.insertInto(APP_USER).set(APP_USER.USERNAME, "lang").set(APP_USER.FULL_NAME, "A".repeat(10_000))
                .set(APP_USER.ROLE, Role.STYRELSE).set(APP_USER.PASSWORD_HASH, "{noop}x").execute())
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.database.tooLong");
        assertThat(db.fetchCount(APP_USER)).isEqualTo(2);
    }
}
