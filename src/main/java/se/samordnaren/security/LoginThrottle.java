package se.samordnaren.security;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.db.tables.records.LoginThrottleRecord;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static se.samordnaren.db.Tables.LOGIN_THROTTLE;

/**
 * Counts failed sign-ins per account name and per remote address and locks the name or the address for a while after
 * too many (by default 5 per account and 30 per address within 15 minutes, locked for 15 minutes). Names that belong
 * to no account are counted the same way, so neither the message nor the lock tells whether an account exists.
 * The förbundschef may unlock an account before the time is up. Every change is in the audit trail (login_throttle).
 */
@Service
public class LoginThrottle {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";
    private static final int MAX_SUBJECT = 100;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final DSLContext db;
    private final int maxAccountFailures;
    private final int maxAddressFailures;
    private final Duration lock;

    LoginThrottle(DSLContext db,
                  @Value("${samordnaren.login.max-failures-per-account:5}") int maxAccountFailures,
                  @Value("${samordnaren.login.max-failures-per-address:30}") int maxAddressFailures,
                  @Value("${samordnaren.login.lock-minutes:15}") int lockMinutes) {
        this.db = db;
        this.maxAccountFailures = maxAccountFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    /** The account name as it is stored and compared: trimmed, lower case. */
    static String normalisedUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether a sign-in as this name from this address is refused without looking at the password. */
    @Transactional
    boolean refuses(String username, String address) {
        Condition locked = LOGIN_THROTTLE.LOCKED_UNTIL.gt(OffsetDateTime.now()).and(subjects(username, address));
        int refused = db.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.REFUSED_WHILE_LOCKED, LOGIN_THROTTLE.REFUSED_WHILE_LOCKED.plus(1))
                .where(locked)
                .execute();
        return refused > 0;
    }

    @Transactional
    void failed(String username, String address) {
        String name = subject(username);
        String from = subject(address);
        if (!name.isEmpty()) {
            fail(ACCOUNT, name, from, maxAccountFailures);
        }
        if (!from.isEmpty()) {
            fail(ADDRESS, from, from, maxAddressFailures);
        }
    }

    /** A successful sign-in starts the account's count over (not the address's: one good password must not wash it). */
    @Transactional
    void succeeded(String username) {
        db.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.FAILURES, 0)
                .setNull(LOGIN_THROTTLE.FIRST_FAILURE_AT)
                .where(LOGIN_THROTTLE.SCOPE.eq(ACCOUNT).and(LOGIN_THROTTLE.SUBJECT.eq(subject(username)))
                        .and(LOGIN_THROTTLE.FAILURES.gt(0)))
                .execute();
    }

    /**
     * A password typed again to confirm an action (signing minutes): whether the account is locked now (then the
     * password is not looked at). In its own transaction, like the two below, so the count stays when the action fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("isAuthenticated()")
    public boolean confirmationLocked(String username) {
        return refuses(username, null);
    }

    /** A wrong password typed to confirm an action counts as a failed sign-in of the account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("isAuthenticated()")
    public void confirmationFailed(String username) {
        failed(username, null);
    }

    /** The right password typed to confirm an action starts the account's count over, as a sign-in does. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("isAuthenticated()")
    public void confirmationSucceeded(String username) {
        succeeded(username);
    }

    /** Accounts locked right now, by username, with the time the lock ends. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public Map<String, OffsetDateTime> lockedAccounts() {
        return db.select(LOGIN_THROTTLE.SUBJECT, LOGIN_THROTTLE.LOCKED_UNTIL).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.SCOPE.eq(ACCOUNT).and(LOGIN_THROTTLE.LOCKED_UNTIL.gt(OffsetDateTime.now())))
                .fetch().stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));
    }

    /** The förbundschef lets the account sign in again at once (the failures are forgotten). */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public void unlock(String username) {
        int changed = db.update(LOGIN_THROTTLE)
                .setNull(LOGIN_THROTTLE.LOCKED_UNTIL)
                .set(LOGIN_THROTTLE.FAILURES, 0)
                .setNull(LOGIN_THROTTLE.FIRST_FAILURE_AT)
                .where(LOGIN_THROTTLE.SCOPE.eq(ACCOUNT).and(LOGIN_THROTTLE.SUBJECT.eq(subject(username))))
                .execute();
        if (changed > 0) {
            log.info("Sign-in of {} unlocked", subject(username));
        }
    }

    private void fail(String scope, String subject, String address, int max) {
        OffsetDateTime now = OffsetDateTime.now();
        int inserted = db.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.SCOPE, scope)
                .set(LOGIN_THROTTLE.SUBJECT, subject)
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .set(LOGIN_THROTTLE.FIRST_FAILURE_AT, now)
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now)
                .set(LOGIN_THROTTLE.LAST_ADDRESS, address)
                .set(LOGIN_THROTTLE.LOCKED_UNTIL, max <= 1 ? now.plus(lock) : null)
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) {
            return;
        }
        LoginThrottleRecord row = db.selectFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.SCOPE.eq(scope).and(LOGIN_THROTTLE.SUBJECT.eq(subject)))
                .forUpdate().fetchSingle();
        boolean lockOver = row.getLockedUntil() != null && !row.getLockedUntil().isAfter(now);
        boolean startOver = row.getFirstFailureAt() == null || lockOver
                || row.getFirstFailureAt().isBefore(now.minus(lock));
        int failures = startOver ? 1 : row.getFailures() + 1;
        OffsetDateTime lockedUntil = lockOver ? null : row.getLockedUntil();
        if (failures >= max && lockedUntil == null) {
            lockedUntil = now.plus(lock);
            log.warn("Sign-in locked for {} {} until {} after {} failed attempts (last from {})",
                    scope.toLowerCase(Locale.ROOT), subject, lockedUntil, failures, address);
        }
        db.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.FAILURES, failures)
                .set(LOGIN_THROTTLE.FIRST_FAILURE_AT, startOver ? now : row.getFirstFailureAt())
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, now)
                .set(LOGIN_THROTTLE.LAST_ADDRESS, address)
                .set(LOGIN_THROTTLE.LOCKED_UNTIL, lockedUntil)
                .where(LOGIN_THROTTLE.ID.eq(row.getId()))
                .execute();
    }

    private static Condition subjects(String username, String address) {
        return LOGIN_THROTTLE.SCOPE.eq(ACCOUNT).and(LOGIN_THROTTLE.SUBJECT.eq(subject(username)))
                .or(LOGIN_THROTTLE.SCOPE.eq(ADDRESS).and(LOGIN_THROTTLE.SUBJECT.eq(subject(address))));
    }

    /** Stored at most 100 characters long (usernames are at most 40), so a huge typed name is no error. */
    private static String subject(String value) {
        String normalised = normalisedUsername(value);
        return normalised.length() > MAX_SUBJECT ? normalised.substring(0, MAX_SUBJECT) : normalised;
    }
}
