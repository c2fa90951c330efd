package se.samordnaren.admin;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.APP_USER;

@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    DSLContext db;
    @Autowired
    PasswordEncoder passwordEncoder;
    TestData data;

    @BeforeEach
    void reset() {
        data = new TestData(db);
        data.reset();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_forbundschef_creates_a_user_whose_password_is_stored_hashed() {
        UserAccount created = users.save(new UserAccount(null, " Anna.Berg ", "Anna Berg", "anna@example.se", Role.SEKRETERARE, true, null),
                "ett-bra-losen-7");

        assertThat(created.id()).isNotNull();
        assertThat(created.username()).isEqualTo("anna.berg");
        assertThat(created.role()).isEqualTo(Role.SEKRETERARE);
        String hash = db.fetchValue(db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(created.id())));
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("ett-bra-losen-7");
        assertThat(passwordEncoder.matches("ett-bra-losen-7", hash)).isTrue();
        assertThat(users.list()).extracting(UserAccount::username).containsExactly("anna.berg");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_too_short_first_password_is_refused() {
        assertThatThrownBy(() -> users.save(new UserAccount(null, "anna", "Anna Berg", null, Role.STYRELSE, true, null), "kort-1"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("password.error.tooShort");
        assertThat(db.fetchCount(APP_USER)).isZero();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_password_of_only_letters_is_refused() {
        assertThatThrownBy(() -> users.save(new UserAccount(null, "anna", "Anna Berg", null, Role.STYRELSE, true, null), "bokstaverenbart"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("password.error.tooSimple");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_taken_username_is_refused() {
        data.insertUser(passwordEncoder, "anna", Role.STYRELSE, "ett-bra-losen-7");
        assertThatThrownBy(() -> users.save(new UserAccount(null, "anna", "Anna Andersson", null, Role.EKONOM, true, null), "ett-bra-losen-8"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("user.error.usernameTaken");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_forbundschef_cannot_demote_herself() {
        data.insertUser(passwordEncoder, "chef", Role.FORBUNDSCHEF, "ett-bra-losen-7");
        UserAccount me = users.me();
        assertThatThrownBy(() -> users.save(new UserAccount(me.id(), "chef", me.fullName(), null, Role.STYRELSE, true, me.version()), ""))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("user.error.cannotDemoteSelf");
        assertThat(users.me().role()).isEqualTo(Role.FORBUNDSCHEF);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void only_the_forbundschef_may_list_or_create_users() {
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.save(new UserAccount(null, "ny", "Ny Person", null, Role.FORBUNDSCHEF, true, null), "ett-bra-losen-7"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(APP_USER)).isZero();
    }

    @Test
    @WithMockUser(username = "sara", roles = "SEKRETERARE")
    void changing_the_own_password_needs_the_current_one() {
        data.insertUser(passwordEncoder, "sara", Role.SEKRETERARE, "gammalt-losen-1");

        assertThatThrownBy(() -> users.changeOwnPassword("fel-losen-123", "nytt-losen-2026"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("password.error.wrongCurrent");
        assertThat(passwordEncoder.matches("gammalt-losen-1", storedHash("sara"))).isTrue();

        users.changeOwnPassword("gammalt-losen-1", "nytt-losen-2026");
        assertThat(passwordEncoder.matches("nytt-losen-2026", storedHash("sara"))).isTrue();
    }

    @Test
    @WithMockUser(username = "sara", roles = "SEKRETERARE")
    void a_new_own_password_must_be_long_enough() {
        data.insertUser(passwordEncoder, "sara", Role.SEKRETERARE, "gammalt-losen-1");
        assertThatThrownBy(() -> users.changeOwnPassword("gammalt-losen-1", "kort-2"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("password.error.tooShort");
        assertThat(passwordEncoder.matches("gammalt-losen-1", storedHash("sara"))).isTrue();
    }

    private String storedHash(String username) {
        return db.fetchValue(db.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq(username)));
    }
}
