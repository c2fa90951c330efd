package se.samordnaren.security;

import jakarta.annotation.security.PermitAll;
import org.jooq.DSLContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static se.samordnaren.db.Tables.APP_USER;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final DSLContext db;

    DatabaseUserDetailsService(DSLContext db) {
        this.db = db;
    }

    /** Called by the login itself, before anybody is signed in. */
    @Override
    @Transactional(readOnly = true)
    @PermitAll
    public UserDetails loadUserByUsername(String username) {
        var user = db.selectFrom(APP_USER)
                .where(APP_USER.USERNAME.eq(LoginThrottle.normalisedUsername(username)))
                .fetchOptional()
                .orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
        return new SignedInUser(user.getId(), user.getSecurityStamp(), user.getUsername(), user.getPasswordHash(),
                user.getEnabled(), List.of(new SimpleGrantedAuthority(user.getRole().authority())));
    }
}
