package se.samordnaren.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Arrays;
import java.util.Optional;

/** The signed-in user as the server sees it. */
@Component
public class CurrentUser {

    private final SessionAccounts accounts;

    CurrentUser(SessionAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    public String requireUsername() {
        return username().orElseThrow(() -> new IllegalStateException("Ingen inloggad användare"));
    }

    public Optional<Role> role() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Arrays.stream(Role.values()).filter(r -> r.authority().equals(authority)))
                .findFirst();
    }

    public boolean hasAnyRole(Role... roles) {
        return role().filter(r -> Arrays.asList(roles).contains(r)).isPresent();
    }

    /**
     * After this session changed its own account (its own new password): this session stays signed in with the
     * account's new security stamp, while every other session of the account ends at its next request.
     * Call it in the same transaction as the change.
     */
    public void keepThisSessionAfterOwnChange() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        accounts.current(user.id()).ifPresent(now -> {
            SignedInUser renewed = user.withStamp(now.value1(), now.value2());
            UsernamePasswordAuthenticationToken token =
                    UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities());
            token.setDetails(authentication.getDetails());
            context.setAuthentication(token);
            // The context object is the one kept in the HTTP session; store it again so a replicated session sees it too.
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context,
                        RequestAttributes.SCOPE_SESSION);
            }
        });
    }
}
