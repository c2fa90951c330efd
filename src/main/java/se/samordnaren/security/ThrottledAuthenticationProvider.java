package se.samordnaren.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in with the password check wrapped in the {@link LoginThrottle}: a locked name or address is refused before
 * the password is looked at, with the same failure (and so the same message) as a wrong password; failures and
 * successes are counted.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (throttle.refuses(username, address)) {
            throw new BadCredentialsException("Sign-in temporarily locked");
        }
        try {
            Authentication result = passwordCheck.authenticate(attempt);
            throttle.succeeded(username);
            return result;
        } catch (InternalAuthenticationServiceException broken) {
            throw broken;
        } catch (AuthenticationException failed) {
            throttle.failed(username, address);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
