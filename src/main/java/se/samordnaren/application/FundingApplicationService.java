package se.samordnaren.application;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Money;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.people.BodyType;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.APPLICATION_REQUESTED_AMOUNT;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_VERSION;

/**
 * Funding applications as received: registering one, its versions (a revision is a new version; a version not yet
 * dealt with may be corrected) with the requested money per year, and the files attached to a version. The
 * beredningsgrupp and the förbundschef do this; reads are in {@link ApplicationQueries}, the steps after receipt
 * (preparation, the working committee's proposal, the board's decision, withdrawal) in {@link ApplicationStepService}.
 */
@Service
public class FundingApplicationService {

    static final String CONTENT_PDF = "application/pdf";
    static final String CONTENT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String CONTENT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DSLContext db;
    private final AttachmentService attachments;
    private final ApplicantMatcher applicants;
    private final StepLog steps;

    FundingApplicationService(DSLContext db, AttachmentService attachments, ApplicantMatcher applicants, StepLog steps) {
        this.db = db;
        this.attachments = attachments;
        this.applicants = applicants;
        this.steps = steps;
    }

    /**
     * Registers a received application: the case, version 1 with its requested money, and the RECEIVED step. An
     * applicant given as text becomes the member it names (name or short name, any case), else stays free text.
     */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public long create(NewApplication application) {
        Texts.requireMaxLength(blankToNull(application.applicantName()), Texts.SHORT, "application.applicant");
        Texts.requireMaxLength(blankToNull(application.caseNumber()), Texts.SHORT, "application.caseNumber");
        Texts.requireMaxLength(blankToNull(application.contact()), Texts.SHORT, "application.contact");
        ApplicantMatcher.Applicant applicant = applicants.resolve(application.applicantMemberId(), application.applicantName());
        if (applicant == null) {
            throw new UserFacingException("application.error.applicantRequired");
        }
        requireVersion(application.firstVersion());
        long id = db.insertInto(FUNDING_APPLICATION)
                .set(FUNDING_APPLICATION.APPLICANT_MEMBER_ID, applicant.memberId())
                .set(FUNDING_APPLICATION.APPLICANT_NAME, applicant.name())
                .set(FUNDING_APPLICATION.CASE_NUMBER, blankToNull(application.caseNumber()))
                .set(FUNDING_APPLICATION.CONTACT, blankToNull(application.contact()))
                .set(FUNDING_APPLICATION.INITIATIVE_ID, application.continuesInitiativeId())
                // The database keeps this date from the versions (047); given here, version 1's insert finds it
                // already right, and the audit trail shows the application created with it instead of a second change.
                .set(FUNDING_APPLICATION.FIRST_RECEIVED_ON, application.firstVersion().receivedOn())
                .returning(FUNDING_APPLICATION.ID).fetchSingle(FUNDING_APPLICATION.ID);
        insertVersionWithReceivedStep(id, application.firstVersion());
        return id;
    }

    /** A revised application: a new version of the same case (the earlier ones stay, frozen) and its RECEIVED step. */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public int revise(long applicationId, int applicationVersion, VersionDraft revision) {
        requireVersion(revision);
        steps.touch(applicationId, applicationVersion);
        return insertVersionWithReceivedStep(applicationId, revision);
    }

    /** Corrects a version not yet dealt with (the database refuses a frozen one). */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public void updateVersion(long versionId, int rowVersion, VersionDraft draft) {
        requireVersion(draft);
        var v = FUNDING_APPLICATION_VERSION;
        ConcurrentEditException.requireUpdated(db.update(v)
                .set(versionValues(draft))
                .set(v.VERSION, v.VERSION.plus(1))
                .where(v.ID.eq(versionId).and(v.VERSION.eq(rowVersion)))
                .execute());
        db.deleteFrom(APPLICATION_REQUESTED_AMOUNT).where(APPLICATION_REQUESTED_AMOUNT.VERSION_ID.eq(versionId)).execute();
        insertRequested(versionId, draft.requestedPerYear());
    }

    /** Attaches a PDF, DOCX or XLSX file to a version not yet dealt with (stored by the attachment feature). */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public long addAttachment(long versionId, String fileName, String contentType, byte[] content) {
        return attachments.addToApplicationVersion(versionId, fileName, contentType, content).id();
    }

    /** Where a file is downloaded (the attachment feature's controller). */
    public static String downloadUrl(long attachmentId) {
        return AttachmentService.downloadUrl(attachmentId);
    }

    private int insertVersionWithReceivedStep(long applicationId, VersionDraft draft) {
        var v = FUNDING_APPLICATION_VERSION;
        var inserted = db.insertInto(v)
                .set(versionValues(draft))
                .set(v.APPLICATION_ID, applicationId)
                .returning(v.ID, v.VERSION_NO).fetchSingle();
        insertRequested(inserted.getId(), draft.requestedPerYear());
        steps.insert(applicationId, StepKind.RECEIVED, draft.receivedOn(), null, null, null);
        return inserted.getVersionNo();
    }

    /** What a version holds, the same for a new version and a correction. */
    private static Map<Field<?>, Object> versionValues(VersionDraft draft) {
        var v = FUNDING_APPLICATION_VERSION;
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(v.RECEIVED_ON, draft.receivedOn());
        values.put(v.TITLE, draft.title().trim());
        values.put(v.TARGET_GROUP, blankToNull(draft.targetGroup()));
        values.put(v.ORIENTATION, draft.orientation());
        values.put(v.DESCRIPTION, blankToNull(draft.description()));
        values.put(v.PERIOD_START, draft.periodStart());
        values.put(v.PERIOD_END, draft.periodEnd());
        values.put(v.CHANGE_NOTE, blankToNull(draft.changeNote()));
        return values;
    }

    private void insertRequested(long versionId, SortedMap<Integer, BigDecimal> requested) {
        if (requested == null) {
            return;
        }
        for (var year : requested.entrySet()) {
            if (year.getValue() == null) {
                continue;
            }
            db.insertInto(APPLICATION_REQUESTED_AMOUNT)
                    .set(APPLICATION_REQUESTED_AMOUNT.VERSION_ID, versionId)
                    .set(APPLICATION_REQUESTED_AMOUNT.YEAR, year.getKey())
                    .set(APPLICATION_REQUESTED_AMOUNT.AMOUNT, year.getValue())
                    .execute();
        }
    }

    /** The rules of a version, checked before anything is written (so nothing is saved partly). */
    private static void requireVersion(VersionDraft draft) {
        if (draft == null || draft.title() == null || draft.title().isBlank()) {
            throw new UserFacingException("application.error.titleRequired");
        }
        Texts.requireMaxLength(draft.title().trim(), Texts.SHORT, "application.title");
        Texts.requireMaxLength(blankToNull(draft.targetGroup()), Texts.SHORT, "application.targetGroup");
        Texts.requireMaxLength(blankToNull(draft.description()), Texts.LONG, "application.description");
        Texts.requireMaxLength(blankToNull(draft.changeNote()), Texts.LONG, "application.changeNote");
        if (draft.receivedOn() == null) {
            throw new UserFacingException("application.error.dateRequired");
        }
        if (draft.periodStart() != null && draft.periodEnd() != null && draft.periodEnd().isBefore(draft.periodStart())) {
            throw new UserFacingException("application.error.period");
        }
        if (draft.requestedPerYear() != null) {
            draft.requestedPerYear().forEach((year, amount) -> {
                if (year == null || year < 2000 || year > 2100) {
                    throw new UserFacingException("application.error.year");
                }
                if (amount != null && amount.signum() < 0) {
                    throw new UserFacingException("application.error.amountNegative", String.valueOf(year));
                }
                Money.requireValid(amount);
            });
        }
    }
}
