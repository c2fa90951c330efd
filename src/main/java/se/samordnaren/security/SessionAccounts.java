package se.samordnaren.security;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Service;

import java.util.Optional;

import static se.samordnaren.db.Tables.APP_USER;

/**
 * The account state a signed-in session depends on. Asked on every request of a signed-in session: one primary-key
 * lookup, no cache. A cache would have to be invalidated on every node when an account changes; the lookup costs less
 * than that machinery and is right at once on every node.
 */
@Service
class SessionAccounts {

    private final DSLContext db;

    SessionAccounts(DSLContext db) {
        this.db = db;
    }

    /** Whether the account still exists, may sign in and has the stamp the session was signed in with. */
    boolean isCurrent(long userId, long securityStamp) {
        return db.fetchExists(APP_USER, APP_USER.ID.eq(userId)
                .and(APP_USER.ENABLED.isTrue())
                .and(APP_USER.SECURITY_STAMP.eq(securityStamp)));
    }

    /** The account's username and stamp now, for a session that changed its own account. */
    Optional<Record2<String, Long>> current(long userId) {
        return db.select(APP_USER.USERNAME, APP_USER.SECURITY_STAMP).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional();
    }
}
