package se.samordnaren.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/**
 * The principal of a signed-in session: the account's id and the security stamp it had at sign-in, so every request
 * can check that the account is still enabled and unchanged (see {@link SessionAccountCheck}).
 */
public final class SignedInUser extends User {

    private final long id;
    private final long securityStamp;

    SignedInUser(long id, long securityStamp, String username, String password, boolean enabled,
                 Collection<? extends GrantedAuthority> authorities) {
        super(username, password, enabled, true, true, true, authorities);
        this.id = id;
        this.securityStamp = securityStamp;
    }

    public long id() {
        return id;
    }

    public long securityStamp() {
        return securityStamp;
    }

    /** The same user after a change the session itself made (e.g. its own new password), without the password. */
    SignedInUser withStamp(String username, long stamp) {
        return new SignedInUser(id, stamp, username, "", isEnabled(), getAuthorities());
    }
}
