package se.samordnaren.association;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.db.tables.records.AssociationRecord;
import se.samordnaren.security.Roles;

import java.util.regex.Pattern;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.common.Texts.requireMaxLength;
import static se.samordnaren.db.Tables.ASSOCIATION;

/**
 * The one association this installation serves: everyone signed in reads its settings, the förbundschef changes
 * them. The formats of organisation number and postal code are checked by the database (AssociationRefusals); the
 * forms check them too, with these patterns, and the services refuse a malformed organisation number naming it.
 */
@Service
public class AssociationService {

    /** "222000-1234": ten digits with a hyphen (as the database's checks on association and member). */
    static final Pattern ORGANISATION_NUMBER = Pattern.compile("^[0-9]{6}-[0-9]{4}$");
    /** "222 22" or "22222" (as the database's check). */
    static final Pattern POSTAL_CODE = Pattern.compile("^[0-9]{3} ?[0-9]{2}$");

    private final DSLContext db;

    AssociationService(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AssociationSettings settings() {
        var a = db.selectFrom(ASSOCIATION).where(ASSOCIATION.ID.eq(1)).fetchSingle();
        return new AssociationSettings(a.getName(), a.getOrganisationNumber(), a.getStreetAddress(), a.getPostalCode(),
                a.getCity(), a.getEmail(), a.getNoticeBoardLocation(), a.getMinutesStoragePlace(),
                a.getParagraphNumbering(), a.getAppealPeriodDays(), a.getNoticeDelayWorkingDays(),
                a.getSignatureReminderDays(), a.getVersion());
    }

    /** Saves the settings if nobody else has changed them since {@code settings.version()} was read. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public AssociationSettings update(AssociationSettings settings) {
        String name = requireMaxLength(blankToNull(settings.name()), Texts.SHORT, "association.name");
        if (name == null) {
            throw new UserFacingException("association.error.nameRequired");
        }
        AssociationRecord values = new AssociationRecord();
        values.setName(name);
        values.setOrganisationNumber(organisationNumber(settings.organisationNumber()));
        values.setStreetAddress(text(settings.streetAddress(), "association.streetAddress"));
        values.setPostalCode(blankToNull(settings.postalCode()));
        values.setCity(text(settings.city(), "association.city"));
        values.setEmail(text(settings.email(), "association.email"));
        values.setNoticeBoardLocation(text(settings.noticeBoardLocation(), "association.noticeBoardLocation"));
        values.setMinutesStoragePlace(text(settings.minutesStoragePlace(), "association.minutesStoragePlace"));
        values.setParagraphNumbering(settings.paragraphNumbering());
        values.setAppealPeriodDays(within(settings.appealPeriodDays(), MIN_APPEAL_DAYS, MAX_APPEAL_DAYS, "association.error.appealPeriodDays"));
        values.setNoticeDelayWorkingDays(within(settings.noticeDelayWorkingDays(), MIN_NOTICE_DELAY, MAX_NOTICE_DELAY, "association.error.noticeDelayWorkingDays"));
        values.setSignatureReminderDays(within(settings.signatureReminderDays(), MIN_REMINDER_DAYS, MAX_REMINDER_DAYS, "association.error.signatureReminderDays"));
        int rows = db.update(ASSOCIATION).set(values)
                .set(ASSOCIATION.VERSION, ASSOCIATION.VERSION.plus(1))
                .where(ASSOCIATION.ID.eq(1).and(ASSOCIATION.VERSION.eq(settings.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
        return settings();
    }

    /** An organisation number as stored (blank as null); one not written "222000-1234" is refused naming what was typed. */
    static String organisationNumber(String typed) {
        String value = blankToNull(typed);
        if (value != null && !ORGANISATION_NUMBER.matcher(value).matches()) {
            throw new UserFacingException("error.organisationNumber", value);
        }
        return value;
    }

    /** The limits of the meeting cycle's settings (the database's checks, 022-meeting-cycle.sql). */
    static final int MIN_APPEAL_DAYS = 1, MAX_APPEAL_DAYS = 120;
    static final int MIN_NOTICE_DELAY = 0, MAX_NOTICE_DELAY = 20;
    static final int MIN_REMINDER_DAYS = 1, MAX_REMINDER_DAYS = 60;

    private static int within(int value, int min, int max, String errorKey) {
        if (value < min || value > max) {
            throw new UserFacingException(errorKey, min, max);
        }
        return value;
    }

    private static String text(String value, String fieldKey) {
        return requireMaxLength(blankToNull(value), Texts.SHORT, fieldKey);
    }
}
