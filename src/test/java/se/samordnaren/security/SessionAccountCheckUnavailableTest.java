package se.samordnaren.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samordnaren.config.TranslationProvider;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session check of every signed-in request when the database cannot be reached: nothing is let through, an open
 * tab's Vaadin request gets Vaadin's notification in Swedish ("försök igen"), any other request a 503 (the static
 * Swedish 5xx page), and the session is kept for when the database answers again.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SessionAccountCheckUnavailableTest {

    private final SessionAccounts unreachable = new SessionAccounts(null) {
        @Override
        boolean isCurrent(long userId, long securityStamp) {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("samordnaren - Connection is not available, request timed out after 5000ms."));
        }
    };

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_open_tab_reads_try_again_in_swedish_and_nothing_reaches_the_application() throws Exception {
        signIn();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setQueryString("v-r=uidl&v-uiId=0");
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SessionAccountCheck(unreachable, new TranslationProvider()).doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("passed on").isNull();
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("Försök igen om en stund", "Registret kunde inte nås just nu")
                .doesNotContain("Exception", "JDBC");
        assertThat(session.isInvalid()).as("the session is kept").isFalse();
    }

    @Test
    void a_page_gets_503_and_nothing_reaches_the_application() throws Exception {
        signIn();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/insatser");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SessionAccountCheck(unreachable, new TranslationProvider()).doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
    }

    private static void signIn() {
        SignedInUser user = new SignedInUser(1, 1, "chef", "", true, AuthorityUtils.createAuthorityList(Role.FORBUNDSCHEF.authority()));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
