package se.samordnaren.security;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.samordnaren.admin.UserAccount;
import se.samordnaren.admin.UserService;
import se.samordnaren.testsupport.SamordnarenTest;
import se.samordnaren.testsupport.TestData;

import java.time.LocalDate;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samordnaren.db.Tables.APP_USER;

/**
 * A session signed in before its account was disabled or changed ends at its next request, whatever the request:
 * a download, a page, a Vaadin request of an open tab (the open tab itself is in SecurityJourneyIT).
 */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountChangeSignOutTest {

    private static final String PASSWORD = "ett-bra-losen-7";

    @Autowired
    WebApplicationContext context;
    @Autowired
    DSLContext db;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    UserService users;

    MockMvc mvc;
    long meeting;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestData data = new TestData(db);
        data.reset();
        data.insertUser(passwordEncoder, "chef", Role.FORBUNDSCHEF, PASSWORD);
        data.insertUser(passwordEncoder, "ekonom", Role.EKONOM, PASSWORD);
        meeting = data.meeting(data.body("Styrelsen"), LocalDate.of(2026, 3, 19));
    }

    @AfterEach
    void signOff() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_disabled_users_session_gets_no_pdf_but_the_login_page_that_says_why() throws Exception {
        Authentication ekonom = signedIn("ekonom");
        mvc.perform(get(pdf()).with(authentication(ekonom))).andExpect(status().isOk());

        asChef(chef -> users.save(withEnabled(account("ekonom"), false), ""));

        mvc.perform(get(pdf()).with(authentication(ekonom)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?utloggad"));
        mvc.perform(get("/bilagor/1").with(authentication(ekonom)))
                .andExpect(redirectedUrl("/login?utloggad"));
    }

    @Test
    void an_open_tab_of_a_user_whose_role_changed_is_sent_to_the_login_page_by_its_next_vaadin_request() throws Exception {
        Authentication ekonom = signedIn("ekonom");
        asChef(chef -> users.save(withRole(account("ekonom"), Role.REVISOR), ""));

        String body = mvc.perform(post("/").param("v-r", "uidl").param("v-uiId", "0").with(authentication(ekonom))
                        .contentType("application/json").content("{}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/json")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"appError\"", "\"url\":\"/login?utloggad\"");
    }

    @Test
    void a_heartbeat_of_a_reset_users_tab_is_refused_and_the_next_login_page_still_knows_why() throws Exception {
        Authentication ekonom = signedIn("ekonom");
        asChef(chef -> users.save(account("ekonom"), "nytt-losen-2026"));

        MockHttpSession session = new MockHttpSession();
        var result = mvc.perform(post("/").param("v-r", "heartbeat").session(session).with(authentication(ekonom)))
                .andExpect(status().isUnauthorized())
                .andReturn();
        assertThat(session.isInvalid()).isTrue();
        assertThat(result.getRequest().getSession(false).getAttribute(SessionAccountCheck.SIGNED_OUT_ATTRIBUTE)).isEqualTo(true);
    }

    @Test
    void disabling_a_new_role_a_password_reset_or_a_new_username_change_the_stamp_but_a_new_name_or_email_do_not() {
        long stamp = stamp("ekonom");
        asChef(chef -> users.save(withName(account("ekonom"), "Eva Ekonom", "eva@example.se"), ""));
        assertThat(stamp("ekonom")).isEqualTo(stamp);

        asChef(chef -> users.save(account("ekonom"), "nytt-losen-2026"));
        assertThat(stamp("ekonom")).isEqualTo(stamp + 1);
        asChef(chef -> users.save(withRole(account("ekonom"), Role.STYRELSE), ""));
        assertThat(stamp("ekonom")).isEqualTo(stamp + 2);
        asChef(chef -> users.save(withEnabled(account("ekonom"), false), ""));
        assertThat(stamp("ekonom")).isEqualTo(stamp + 3);
        asChef(chef -> users.save(withUsername(account("ekonom"), "eva"), ""));
        assertThat(stamp("eva")).isEqualTo(stamp + 4);
    }

    @Test
    void changing_the_own_password_keeps_this_session_and_ends_the_others() throws Exception {
        Authentication here = signedIn("ekonom");
        Authentication elsewhere = signedIn("ekonom");

        SecurityContextHolder.getContext().setAuthentication(here);
        users.changeOwnPassword(PASSWORD, "nytt-losen-2026");
        Authentication renewed = SecurityContextHolder.getContext().getAuthentication();
        assertThat(((SignedInUser) renewed.getPrincipal()).securityStamp()).isEqualTo(stamp("ekonom"));
        SecurityContextHolder.clearContext();

        mvc.perform(get(pdf()).with(authentication(renewed))).andExpect(status().isOk());
        mvc.perform(get(pdf()).with(authentication(elsewhere))).andExpect(redirectedUrl("/login?utloggad"));
    }

    @Test
    void the_forbundschef_who_resets_the_own_password_in_the_users_view_stays_signed_in() throws Exception {
        Authentication chef = signedIn("chef");
        SecurityContextHolder.getContext().setAuthentication(chef);
        users.save(account("chef"), "nytt-losen-2026");
        Authentication renewed = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();

        mvc.perform(get(pdf()).with(authentication(renewed))).andExpect(status().isOk());
        mvc.perform(get(pdf()).with(authentication(chef))).andExpect(redirectedUrl("/login?utloggad"));
    }

    private String pdf() {
        return "/protokoll/" + meeting + ".pdf";
    }

    private Authentication signedIn(String username) {
        SignedInUser user = (SignedInUser) userDetails.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private void asChef(Consumer<Authentication> work) {
        Authentication chef = signedIn("chef");
        SecurityContextHolder.getContext().setAuthentication(chef);
        try {
            work.accept(chef);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UserAccount account(String username) {
        Authentication chef = signedIn("chef");
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(chef);
        try {
            return users.list().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private long stamp(String username) {
        return db.select(APP_USER.SECURITY_STAMP).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
    }

    private static UserAccount withEnabled(UserAccount a, boolean enabled) {
        return new UserAccount(a.id(), a.username(), a.fullName(), a.email(), a.role(), enabled, a.version());
    }

    private static UserAccount withRole(UserAccount a, Role role) {
        return new UserAccount(a.id(), a.username(), a.fullName(), a.email(), role, a.enabled(), a.version());
    }

    private static UserAccount withName(UserAccount a, String fullName, String email) {
        return new UserAccount(a.id(), a.username(), fullName, email, a.role(), a.enabled(), a.version());
    }

    private static UserAccount withUsername(UserAccount a, String username) {
        return new UserAccount(a.id(), username, a.fullName(), a.email(), a.role(), a.enabled(), a.version());
    }
}
