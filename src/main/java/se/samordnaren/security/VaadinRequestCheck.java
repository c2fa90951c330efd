package se.samordnaren.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Refuses a Vaadin request whose UI id is not a number with 400 (the Swedish 4xx page): Vaadin's heartbeat handler
 * otherwise fails on it with a NumberFormatException and a 500 logged as a server error. Browsers never send one.
 */
final class VaadinRequestCheck extends OncePerRequestFilter {

    private static final Pattern UI_ID = Pattern.compile("[0-9]{1,9}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.contains("v-uiId=")) {
            String uiId = request.getParameter("v-uiId");
            if (uiId == null || !UI_ID.matcher(uiId).matches()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
