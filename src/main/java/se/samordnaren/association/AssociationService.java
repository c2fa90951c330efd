package se.samordnaren.association;

import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Texts;
import se.samordnaren.security.Roles;

import jakarta.annotation.security.RolesAllowed;

import static se.samordnaren.db.Tables.ASSOCIATION;

@Service
public class AssociationService {

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
                a.getParagraphNumbering(), a.getVersion());
    }

    /** Saves the settings if nobody else has changed them since {@code settings.version()} was read. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public AssociationSettings update(AssociationSettings settings) {
        int rows = db.update(ASSOCIATION)
                .set(ASSOCIATION.NAME, Validation.required(settings.name(), "association.error.nameRequired"))
                .set(ASSOCIATION.ORGANISATION_NUMBER, Validation.optional(settings.organisationNumber(),
                        Validation.ORGANISATION_NUMBER, "error.organisationNumber"))
                .set(ASSOCIATION.STREET_ADDRESS, Texts.blankToNull(settings.streetAddress()))
                .set(ASSOCIATION.POSTAL_CODE, Validation.optional(settings.postalCode(), Validation.POSTAL_CODE,
                        "error.postalCode"))
                .set(ASSOCIATION.CITY, Texts.blankToNull(settings.city()))
                .set(ASSOCIATION.EMAIL, Texts.blankToNull(settings.email()))
                .set(ASSOCIATION.NOTICE_BOARD_LOCATION, Texts.blankToNull(settings.noticeBoardLocation()))
                .set(ASSOCIATION.MINUTES_STORAGE_PLACE, Texts.blankToNull(settings.minutesStoragePlace()))
                .set(ASSOCIATION.PARAGRAPH_NUMBERING, settings.paragraphNumbering())
                .set(ASSOCIATION.VERSION, ASSOCIATION.VERSION.plus(1))
                .where(ASSOCIATION.ID.eq(1).and(ASSOCIATION.VERSION.eq(settings.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
        return settings();
    }
}
