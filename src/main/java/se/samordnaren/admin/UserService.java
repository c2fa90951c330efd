package se.samordnaren.admin;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;

import java.util.List;
import java.util.regex.Pattern;

import static se.samordnaren.db.Tables.APP_USER;

@Service
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 10;
    /** The longest username (the database checks the same pattern). */
    static final int USERNAME_MAX = 40;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{2,40}$");

    private final DSLContext db;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    UserService(DSLContext db, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.db = db;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public List<UserAccount> list() {
        return db.selectFrom(APP_USER).orderBy(APP_USER.FULL_NAME).fetch(UserService::toAccount);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public UserAccount me() {
        return db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(currentUser.requireUsername())).fetchSingle(UserService::toAccount);
    }

    /** Creates a user with a first password (given to the person, who should change it) or saves changes. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public UserAccount save(UserAccount account, String newPassword) {
        String username = account.username() == null ? "" : account.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new UserFacingException("user.error.username");
        }
        if (account.fullName() == null || account.fullName().isBlank()) {
            throw new UserFacingException("user.error.fullNameRequired");
        }
        if (account.role() == null) {
            throw new UserFacingException("user.error.roleRequired");
        }
        boolean self = username.equals(currentUser.username().orElse(null));
        if (self && (!account.enabled() || account.role() != Role.FORBUNDSCHEF)) {
            throw new UserFacingException("user.error.cannotDemoteSelf");
        }
        Texts.requireMaxLength(account.fullName(), Texts.SHORT, "user.fullName");
        Texts.requireMaxLength(account.email(), Texts.SHORT, "user.email");
        boolean taken = db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username)
                .and(account.isNew() ? DSL.noCondition() : APP_USER.ID.ne(account.id())));
        if (taken) {
            throw new UserFacingException("user.error.usernameTaken", username);
        }
        if (account.isNew()) {
            requireStrong(newPassword);
            db.insertInto(APP_USER)
                    .set(APP_USER.USERNAME, username)
                    .set(APP_USER.FULL_NAME, account.fullName().trim())
                    .set(APP_USER.EMAIL, Texts.blankToNull(account.email()))
                    .set(APP_USER.ROLE, account.role())
                    .set(APP_USER.ENABLED, account.enabled())
                    .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(newPassword))
                    .execute();
        } else {
            var update = db.update(APP_USER)
                    .set(APP_USER.USERNAME, username)
                    .set(APP_USER.FULL_NAME, account.fullName().trim())
                    .set(APP_USER.EMAIL, Texts.blankToNull(account.email()))
                    .set(APP_USER.ROLE, account.role())
                    .set(APP_USER.ENABLED, account.enabled())
                    .set(APP_USER.VERSION, APP_USER.VERSION.plus(1));
            if (newPassword != null && !newPassword.isEmpty()) {
                requireStrong(newPassword);
                update = update.set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(newPassword));
            }
            // Disabling, a new role, password or username change the account's security stamp (a trigger): the
            // user's open sessions end at their next request. Only the förbundschef's own session is kept.
            ConcurrentEditException.requireUpdated(update
                    .where(APP_USER.ID.eq(account.id()).and(APP_USER.VERSION.eq(account.version())))
                    .execute());
            if (self) {
                currentUser.keepThisSessionAfterOwnChange();
            }
        }
        return db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(UserService::toAccount);
    }

    /**
     * As {@link #save(UserAccount, String)}, and the person of the register the account is (null: none). One account
     * per person: a person linked to another account is refused (app_user_person_id_key). The link decides whose
     * signature the account may give on minutes (meeting.signing).
     */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public UserAccount save(UserAccount account, String newPassword, Long personId) {
        UserAccount saved = save(account, newPassword);
        Long before = linkedPerson(saved.id()).orElse(null);
        if (java.util.Objects.equals(before, personId)) {
            return saved;
        }
        db.update(APP_USER)
                .set(APP_USER.PERSON_ID, personId)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(saved.id()))
                .execute();
        return db.selectFrom(APP_USER).where(APP_USER.ID.eq(saved.id())).fetchSingle(UserService::toAccount);
    }

    /** The person of the register the account is linked to, if any. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public java.util.Optional<Long> linkedPerson(long userId) {
        return db.select(APP_USER.PERSON_ID).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.PERSON_ID);
    }

    /** Every signed-in user may change their own password, after proving they know the current one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = db.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(currentUser.requireUsername())).fetchSingle();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new UserFacingException("password.error.wrongCurrent");
        }
        requireStrong(newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new UserFacingException("password.error.sameAsOld");
        }
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(newPassword))
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(user.getId()))
                .execute();
        // The user's other sessions (another browser, a forgotten computer) end; this one goes on.
        currentUser.keepThisSessionAfterOwnChange();
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("password.error.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (password.chars().allMatch(Character::isLetter) || password.chars().allMatch(Character::isDigit)) {
            throw new UserFacingException("password.error.tooSimple");
        }
    }

    private static UserAccount toAccount(Record r) {
        return new UserAccount(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.FULL_NAME), r.get(APP_USER.EMAIL),
                r.get(APP_USER.ROLE), r.get(APP_USER.ENABLED), r.get(APP_USER.VERSION));
    }
}
