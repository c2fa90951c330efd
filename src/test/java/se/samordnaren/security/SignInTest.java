package se.samordnaren.security;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.LOGIN_THROTTLE;

/**
 * The sign-in form's POST through the real filter chain: CSRF is required, repeated failures lock the account name and
 * the address, a lock answers exactly like a wrong password, the förbundschef unlocks, failures are audited.
 */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SignInTest {

    private static final String PASSWORD = "ett-bra-losen-7";

    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext db;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    LoginThrottle throttle;

    MockMvc mvc;
    TestData data;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        data = new TestData(db);
        data.reset();
        data.insertUser(passwordEncoder, "ekonom", Role.EKONOM, PASSWORD);
        data.insertUser(passwordEncoder, "revisor", Role.REVISOR, PASSWORD);
    }

    @Test
    void the_right_password_signs_in() throws Exception {
        mvc.perform(login("ekonom", PASSWORD, "10.0.0.1"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("ekonom"));
    }

    @Test
    void a_sign_in_post_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "ekonom").param("password", PASSWORD).with(from("10.0.0.2")))
                .andExpect(redirectedUrl("/login?utgangen"))
                .andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", "ekonom").param("password", PASSWORD).param("_csrf", "forged")
                        .with(from("10.0.0.2")))
                .andExpect(redirectedUrl("/login?utgangen"))
                .andExpect(unauthenticated());
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one_until_the_forbundschef_unlocks_it() throws Exception {
        long auditMark = data.maxAuditId();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("ekonom", "fel-losen-" + i, "10.0.1.1")).isEqualTo("/login?error");
        }
        // Locked: the right password from another address fails the same way.
        assertThat(signIn("ekonom", PASSWORD, "10.0.1.2")).isEqualTo("/login?error");
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.ID.gt(auditMark).and(AUDIT_LOG.TABLE_NAME.eq("login_throttle"))))
                .as("every failure and the lock are in the audit trail").isGreaterThanOrEqualTo(6);
        String lockRow = db.select(AUDIT_LOG.NEW_DATA).from(AUDIT_LOG)
                .where(AUDIT_LOG.ID.gt(auditMark).and(AUDIT_LOG.TABLE_NAME.eq("login_throttle")))
                .and(AUDIT_LOG.NEW_DATA.cast(String.class).contains("\"subject\": \"ekonom\""))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchSingle().value1().data();
        assertThat(lockRow).contains("\"failures\": 5", "\"last_address\": \"10.0.1.1\"").doesNotContain("\"locked_until\": null");

        // The other account from the same address is not affected.
        assertThat(signIn("revisor", PASSWORD, "10.0.1.1")).isEqualTo("/");

        asForbundschef(() -> {
            assertThat(throttle.lockedAccounts()).containsOnlyKeys("ekonom");
            throttle.unlock("ekonom");
            assertThat(throttle.lockedAccounts()).isEmpty();
        });
        assertThat(signIn("ekonom", PASSWORD, "10.0.1.1")).isEqualTo("/");
    }

    @Test
    void the_lock_ends_by_itself_when_its_time_is_up() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("ekonom", "fel-losen-" + i, "10.0.2.1");
        }
        assertThat(signIn("ekonom", PASSWORD, "10.0.2.1")).isEqualTo("/login?error");
        db.update(LOGIN_THROTTLE).set(LOGIN_THROTTLE.LOCKED_UNTIL, OffsetDateTime.now().minusSeconds(1)).execute();
        assertThat(signIn("ekonom", PASSWORD, "10.0.2.1")).isEqualTo("/");
    }

    @Test
    void an_unknown_account_a_wrong_password_and_a_locked_account_get_the_same_answer() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("revisor", "fel-losen-" + i, "10.0.3.1");
        }
        MvcResult locked = mvc.perform(login("revisor", PASSWORD, "10.0.3.2")).andReturn();
        MvcResult wrong = mvc.perform(login("ekonom", "fel-losen-9", "10.0.3.2")).andReturn();
        MvcResult unknown = mvc.perform(login("finns.inte", PASSWORD, "10.0.3.2")).andReturn();
        for (MvcResult result : new MvcResult[]{locked, wrong, unknown}) {
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(result.getResponse().getContentAsString()).isEmpty();
        }
        // Names without an account are counted and locked just like real ones.
        for (int i = 0; i < 5; i++) {
            signIn("finns.inte", "fel-losen-" + i, "10.0.3.3");
        }
        assertThat(db.fetchExists(LOGIN_THROTTLE, LOGIN_THROTTLE.SUBJECT.eq("finns.inte").and(LOGIN_THROTTLE.LOCKED_UNTIL.isNotNull())))
                .isTrue();
    }

    @Test
    void many_failures_from_one_address_lock_the_address_for_every_account() throws Exception {
        for (int i = 0; i < 30; i++) {
            signIn("gissning" + i, "fel-losen", "10.0.4.1");
        }
        assertThat(signIn("ekonom", PASSWORD, "10.0.4.1")).isEqualTo("/login?error");
        assertThat(signIn("ekonom", PASSWORD, "10.0.4.2")).isEqualTo("/");
    }

    @Test
    void a_ten_thousand_character_name_is_an_ordinary_failure() throws Exception {
        assertThat(signIn("x".repeat(10_000), "fel-losen", "10.0.5.1")).isEqualTo("/login?error");
        assertThat(db.fetchExists(LOGIN_THROTTLE, LOGIN_THROTTLE.SUBJECT.eq("x".repeat(100)))).isTrue();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void only_the_forbundschef_may_unlock() {
        assertThatThrownBy(() -> throttle.unlock("revisor")).isInstanceOf(AccessDeniedException.class);
    }

    /** Signs in through the form (with its CSRF token) and returns where the browser is sent. */
    private String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(login(username, password, address))
                .andReturn().getResponse().getRedirectedUrl();
    }

    /** The form's POST as the browser sends it: name, password and the page's CSRF token, from the given address. */
    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static void asForbundschef(Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("chef", null,
                List.of(new SimpleGrantedAuthority(Role.FORBUNDSCHEF.authority()))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
