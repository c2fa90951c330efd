package se.samordnaren.security;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.samordnaren.common.DatabaseErrors;

import java.io.IOException;
import java.util.Locale;

/**
 * Ends a signed-in session at its next request once its account was disabled or changed (role, password, username:
 * the account's security stamp moved on). Covers every request of the session: pages, Vaadin's UIDL requests of an
 * open tab, uploads, PDF and attachment downloads. The user lands on the login page, which says why.
 * Sessions whose principal is not a {@link SignedInUser} (test doubles) are left alone.
 */
final class SessionAccountCheck extends OncePerRequestFilter {

    /** Session attribute telling the next login page why the previous session ended. */
    static final String SIGNED_OUT_ATTRIBUTE = SessionAccountCheck.class.getName() + ".signedOut";
    private static final Logger log = LoggerFactory.getLogger(SessionAccountCheck.class);
    private static final String REQUEST_TYPE = "v-r";

    private final SessionAccounts accounts;
    private final I18NProvider translations;

    SessionAccountCheck(SessionAccounts accounts, I18NProvider translations) {
        this.accounts = accounts;
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            boolean current;
            try {
                current = accounts.isCurrent(user.id(), user.securityStamp());
            } catch (RuntimeException e) {
                if (!DatabaseErrors.isUnavailable(e)) {
                    throw e;
                }
                // Stopped or restarting database: the account cannot be checked, so nothing is let through; the user
                // reads "try again" in Swedish (an open tab as Vaadin's notification, a page as the static 5xx page).
                log.warn("Cannot check the session of {}: the database is unavailable ({})", user.getUsername(), e.toString());
                databaseUnavailable(request, response);
                return;
            }
            if (!current) {
                log.info("Signed out {}: the account was disabled or changed after sign-in", user.getUsername());
                signOut(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void databaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("uidl".equals(request.getParameter(REQUEST_TYPE))) {
            Locale swedish = Locale.forLanguageTag("sv-SE");
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(
                    translations.getTranslation("error.database.unavailableTitle", swedish),
                    translations.getTranslation("error.database.unavailable", swedish), null, null));
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        String login = request.getContextPath() + "/login?" + LoginView.SIGNED_OUT_PARAMETER;
        String requestType = request.getParameter(REQUEST_TYPE);
        if ("uidl".equals(requestType)) {
            // An open tab: Vaadin's client goes to the URL of a critical notification that has no text.
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null, login));
        } else if (requestType == null && "GET".equals(request.getMethod())) {
            response.sendRedirect(login);
        } else {
            // A heartbeat, an upload or another POST: refused; the tab's next request finds no session and reloads,
            // and the login page it reaches tells why (the note in the fresh session).
            request.getSession(true).setAttribute(SIGNED_OUT_ATTRIBUTE, Boolean.TRUE);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
