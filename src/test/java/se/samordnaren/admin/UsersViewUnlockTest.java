package se.samordnaren.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.security.Role;

import java.time.OffsetDateTime;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.LOGIN_THROTTLE;

/** The förbundschef sees which accounts are locked after failed sign-ins and unlocks one ("Lås upp"). */
class UsersViewUnlockTest extends ViewTest {

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void lockedAccount() {
        data.insertUser(passwordEncoder, "chef", Role.FORBUNDSCHEF, "ett-bra-losen-7");
        data.insertUser(passwordEncoder, "ekonom", Role.EKONOM, "ett-bra-losen-7");
        db.insertInto(LOGIN_THROTTLE).set(LOGIN_THROTTLE.SCOPE, "ACCOUNT").set(LOGIN_THROTTLE.SUBJECT, "ekonom")
                .set(LOGIN_THROTTLE.FAILURES, 5).set(LOGIN_THROTTLE.FIRST_FAILURE_AT, OffsetDateTime.now().minusMinutes(2))
                .set(LOGIN_THROTTLE.LOCKED_UNTIL, OffsetDateTime.now().plusMinutes(13)).execute();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_locked_account_shows_spärrad_till_and_lås_upp_lets_it_sign_in_again() {
        UsersView view = navigate(UsersView.class);
        GridTester<?, UserAccount> grid = test(view.grid);
        int ekonom = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).username().equals("ekonom")).findFirst().orElseThrow();
        int chef = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).username().equals("chef")).findFirst().orElseThrow();

        Component cell = grid.getCellComponent(ekonom, "signIn");
        assertThat(cell.getElement().getTextRecursively()).startsWith("Spärrad till ");
        assertThat(grid.getCellComponent(chef, "signIn").getElement().getTextRecursively()).isEmpty();

        Button unlock = cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        assertThat(unlock.getText()).isEqualTo("Lås upp");
        unlock.click();

        assertThat(db.fetchExists(LOGIN_THROTTLE, LOGIN_THROTTLE.SUBJECT.eq("ekonom").and(LOGIN_THROTTLE.LOCKED_UNTIL.isNotNull())))
                .isFalse();
        assertThat(view.locked).isEmpty();
        assertThat(grid.getCellComponent(ekonom, "signIn").getElement().getTextRecursively()).isEmpty();
    }
}
