package se.samordnaren.application;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.DatabaseErrors;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.people.BodyType;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static se.samordnaren.common.Texts.blankToNull;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static se.samordnaren.db.Tables.APPLICATION_REQUESTED_AMOUNT;
import static se.samordnaren.db.Tables.APPLICATION_REQUESTED_COMPARISON;
import static se.samordnaren.db.Tables.APPLICATION_STEP;
import static se.samordnaren.db.Tables.ATTACHMENT_INFO;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.DECISION_PLACE;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_OVERVIEW;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_VERSION;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * Funding applications: the list, one application's page, and the life cycle. The beredningsgrupp (and the
 * förbundschef) register and prepare applications; the steps that are decisions (AU's proposal, the board's
 * decision) point to a § of the minutes and are recorded by the förbundschef or the secretary. A granted
 * application creates (or extends) its insats with grants resting on the board's §, in the same transaction.
 */
@Service
public class FundingApplicationService {

    static final String CONTENT_PDF = "application/pdf";
    static final String CONTENT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String CONTENT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Set<String> GRANTING = Set.of("GRANTED", "APPROVED", "DELEGATION_REPORTED");

    private final DSLContext db;
    private final AttachmentService attachments;
    private final ApplicantMatcher applicants;

    FundingApplicationService(DSLContext db, AttachmentService attachments, ApplicantMatcher applicants) {
        this.db = db;
        this.attachments = attachments;
        this.applicants = applicants;
    }

    // ---------------------------------------------------------------- reads

    /** Applications with their latest version, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApplicationSummary> list(ApplicationFilter filter) {
        var o = FUNDING_APPLICATION_OVERVIEW;
        Condition where = DSL.noCondition();
        if (filter.status() != null) {
            where = where.and(o.STATUS.eq(filter.status().name()));
        }
        if (filter.applicant() != null && !filter.applicant().isBlank()) {
            where = where.and(o.APPLICANT.containsIgnoreCase(filter.applicant().trim()));
        }
        if (filter.year() != null) {
            where = where.and(exists(selectOne().from(APPLICATION_REQUESTED_AMOUNT)
                    .where(APPLICATION_REQUESTED_AMOUNT.VERSION_ID.eq(o.VERSION_ID))
                    .and(APPLICATION_REQUESTED_AMOUNT.YEAR.eq(filter.year()))));
        }
        return db.select(o.APPLICATION_ID, o.STATUS, o.APPLICANT, o.CASE_NUMBER, o.TITLE, o.VERSION_NO, o.REQUESTED_TOTAL,
                        o.FIRST_RECEIVED_ON, o.LAST_STEP, o.LAST_STEP_ON, o.INITIATIVE_ID)
                .from(o)
                .where(where)
                .orderBy(o.FIRST_RECEIVED_ON.desc(), o.APPLICATION_ID.desc())
                .fetch(r -> new ApplicationSummary(r.value1(), ApplicationStatus.valueOf(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(),
                        r.value9() == null ? null : StepKind.valueOf(r.value9()), r.value10(), r.value11()));
    }

    /** One application with its versions, requested money, comparison, steps with their §, files and grants. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ApplicationDetail> detail(long applicationId) {
        var a = FUNDING_APPLICATION;
        var v = FUNDING_APPLICATION_VERSION;
        var r = APPLICATION_REQUESTED_AMOUNT;
        var f = ATTACHMENT_INFO;
        var s = APPLICATION_STEP;
        var c = APPLICATION_REQUESTED_COMPARISON;
        var g = INITIATIVE_GRANT;

        Field<List<ApplicationDetail.Version>> versions = multiset(
                select(v.ID, v.VERSION_NO, v.VERSION, v.RECEIVED_ON, v.TITLE, v.TARGET_GROUP, v.ORIENTATION, v.DESCRIPTION,
                        v.PERIOD_START, v.PERIOD_END, v.CHANGE_NOTE,
                        DSL.field("application_version_frozen({0})", SQLDataType.BOOLEAN, v.ID),
                        multiset(select(r.YEAR, r.AMOUNT).from(r).where(r.VERSION_ID.eq(v.ID)).orderBy(r.YEAR))
                                .convertFrom(x -> x.map(mapping(ApplicationDetail.Requested::new))),
                        multiset(select(f.ID, f.FILE_NAME, f.CONTENT_TYPE, f.SIZE_BYTES, f.SHA256, f.UPLOADED_AT, f.UPLOADED_BY)
                                .from(f).where(f.APPLICATION_VERSION_ID.eq(v.ID)).orderBy(f.UPLOADED_AT, f.ID))
                                .convertFrom(x -> x.map(mapping(ApplicationDetail.Attachment::new))))
                        .from(v).where(v.APPLICATION_ID.eq(a.ID)).orderBy(v.VERSION_NO))
                .convertFrom(x -> x.map(mapping(ApplicationDetail.Version::new)));

        var dp = DECISION_PLACE.as("step_place");
        var sv = FUNDING_APPLICATION_VERSION.as("step_version");
        Field<List<ApplicationDetail.Step>> steps = multiset(
                select(s.ID, s.STEP, s.OCCURRED_ON, s.OUTCOME, s.NOTES, sv.VERSION_NO, s.VERSION,
                        dp.DECISION_ID, dp.OUTCOME, dp.MEETING_ID, dp.MEETING_DATE, dp.BODY_NAME, dp.PARAGRAPH_NUMBER,
                        dp.ITEM_TITLE, dp.MEETING_STATUS)
                        .from(s)
                        .join(sv).on(sv.ID.eq(s.VERSION_ID))
                        .leftJoin(dp).on(dp.DECISION_ID.eq(s.DECISION_ID))
                        .where(s.APPLICATION_ID.eq(a.ID))
                        .orderBy(s.OCCURRED_ON, s.ID))
                .convertFrom(x -> x.map(rec -> new ApplicationDetail.Step(rec.value1(), StepKind.valueOf(rec.value2()),
                        rec.value3(), rec.value4() == null ? null : StepOutcome.valueOf(rec.value4()), rec.value5(),
                        rec.value6(), rec.value7(),
                        place(rec.value8(), rec.value9(), rec.value10(), rec.value11(), rec.value12(), rec.value13(),
                                rec.value14(), rec.value15()))));

        Field<List<ApplicationDetail.Comparison>> comparison = multiset(
                select(c.VERSION_NO, c.YEAR, c.AMOUNT, c.PREVIOUS_AMOUNT, c.DIFFERENCE)
                        .from(c).where(c.APPLICATION_ID.eq(a.ID)).orderBy(c.YEAR, c.VERSION_NO))
                .convertFrom(x -> x.map(mapping(ApplicationDetail.Comparison::new)));

        var gp = DECISION_PLACE.as("grant_place");
        Field<List<ApplicationDetail.Grant>> grants = multiset(
                select(g.YEAR, g.KIND, g.AMOUNT, gp.DECISION_ID, gp.OUTCOME, gp.MEETING_ID, gp.MEETING_DATE, gp.BODY_NAME,
                        gp.PARAGRAPH_NUMBER, gp.ITEM_TITLE, gp.MEETING_STATUS)
                        .from(g)
                        .join(gp).on(gp.DECISION_ID.eq(g.DECISION_ID))
                        .where(g.INITIATIVE_ID.eq(a.INITIATIVE_ID))
                        .and(g.DECISION_ID.in(select(APPLICATION_STEP.DECISION_ID).from(APPLICATION_STEP)
                                .where(APPLICATION_STEP.APPLICATION_ID.eq(a.ID))))
                        .orderBy(g.YEAR, g.ID))
                .convertFrom(x -> x.map(rec -> new ApplicationDetail.Grant(rec.value1(), rec.value2(), rec.value3(),
                        place(rec.value4(), rec.value5(), rec.value6(), rec.value7(), rec.value8(), rec.value9(),
                                rec.value10(), rec.value11()))));

        return db.select(a.ID, a.VERSION, a.STATUS, a.APPLICANT_MEMBER_ID, DSL.coalesce(MEMBER.NAME, a.APPLICANT_NAME),
                        a.CASE_NUMBER, a.CONTACT, a.INITIATIVE_ID, INITIATIVE.NAME, versions, steps, comparison, grants)
                .from(a)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(a.APPLICANT_MEMBER_ID))
                .leftJoin(INITIATIVE).on(INITIATIVE.ID.eq(a.INITIATIVE_ID))
                .where(a.ID.eq(applicationId))
                .fetchOptional(rec -> new ApplicationDetail(rec.value1(), rec.value2(), ApplicationStatus.valueOf(rec.value3()),
                        rec.value4(), rec.value5(), rec.value6(), rec.value7(), rec.value8(), rec.value9(), rec.value10(),
                        rec.value11(), rec.value12(), rec.value13()));
    }

    /**
     * The decisions a step may point to, newest first: for AU_PROPOSAL the working committee's proposals, referrals
     * back and postponements; for BOARD_DECISION the board's decisions. Only meetings on or after the application's
     * latest step.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DecisionPlace> decisionsFor(long applicationId, StepKind step) {
        var dp = DECISION_PLACE;
        Condition kind = switch (step) {
            case AU_PROPOSAL -> BODY.BODY_TYPE.eq(BodyType.WORKING_COMMITTEE).and(dp.OUTCOME.in("PROPOSAL", "REFERRED_BACK", "POSTPONED"));
            case BOARD_DECISION -> BODY.BODY_TYPE.eq(BodyType.BOARD).and(dp.OUTCOME.in("GRANTED", "APPROVED", "DELEGATION_REPORTED",
                    "REJECTED", "REFERRED_BACK", "POSTPONED"));
            default -> throw new IllegalArgumentException("No decision for step " + step);
        };
        Field<LocalDate> lastStep = select(DSL.max(APPLICATION_STEP.OCCURRED_ON)).from(APPLICATION_STEP)
                .where(APPLICATION_STEP.APPLICATION_ID.eq(applicationId)).asField();
        return db.select(dp.DECISION_ID, dp.OUTCOME, dp.MEETING_ID, dp.MEETING_DATE, dp.BODY_NAME, dp.PARAGRAPH_NUMBER,
                        dp.ITEM_TITLE, dp.MEETING_STATUS)
                .from(dp).join(BODY).on(BODY.ID.eq(dp.BODY_ID))
                .where(kind)
                .and(dp.MEETING_DATE.ge(DSL.coalesce(lastStep, DSL.val(LocalDate.of(2000, 1, 1)))))
                .and(DSL.notExists(selectOne().from(APPLICATION_STEP).where(APPLICATION_STEP.APPLICATION_ID.eq(applicationId))
                        .and(APPLICATION_STEP.DECISION_ID.eq(dp.DECISION_ID))))
                .orderBy(dp.MEETING_DATE.desc(), dp.PARAGRAPH_NUMBER)
                .fetch(rec -> place(rec.value1(), rec.value2(), rec.value3(), rec.value4(), rec.value5(), rec.value6(),
                        rec.value7(), rec.value8()));
    }

    // ---------------------------------------------------------------- the beredningsgrupp's work

    /**
     * Registers a received application: the case, version 1 with its requested money, and the RECEIVED step. An
     * applicant given as text becomes the member it names (name or short name, any case), else stays free text.
     */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public long create(NewApplication application) {
        ApplicantMatcher.Applicant applicant = applicants.resolve(application.applicantMemberId(), application.applicantName());
        if (applicant == null) {
            throw new UserFacingException("application.error.applicantRequired");
        }
        requireVersion(application.firstVersion());
        try {
            long id = db.insertInto(FUNDING_APPLICATION)
                    .set(FUNDING_APPLICATION.APPLICANT_MEMBER_ID, applicant.memberId())
                    .set(FUNDING_APPLICATION.APPLICANT_NAME, applicant.name())
                    .set(FUNDING_APPLICATION.CASE_NUMBER, blankToNull(application.caseNumber()))
                    .set(FUNDING_APPLICATION.CONTACT, blankToNull(application.contact()))
                    .set(FUNDING_APPLICATION.INITIATIVE_ID, application.continuesInitiativeId())
                    .returning(FUNDING_APPLICATION.ID).fetchSingle(FUNDING_APPLICATION.ID);
            insertVersionWithReceivedStep(id, application.firstVersion());
            return id;
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** A revised application: a new version of the same case (the earlier ones stay, frozen) and its RECEIVED step. */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public int revise(long applicationId, int applicationVersion, VersionDraft revision) {
        requireVersion(revision);
        try {
            touch(applicationId, applicationVersion);
            return insertVersionWithReceivedStep(applicationId, revision);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** Corrects a version not yet dealt with (the database refuses a frozen one). */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public void updateVersion(long versionId, int rowVersion, VersionDraft draft) {
        requireVersion(draft);
        var v = FUNDING_APPLICATION_VERSION;
        try {
            int rows = db.update(v)
                    .set(v.RECEIVED_ON, draft.receivedOn())
                    .set(v.TITLE, draft.title().trim())
                    .set(v.TARGET_GROUP, blankToNull(draft.targetGroup()))
                    .set(v.ORIENTATION, blankToNull(draft.orientation()))
                    .set(v.DESCRIPTION, blankToNull(draft.description()))
                    .set(v.PERIOD_START, draft.periodStart())
                    .set(v.PERIOD_END, draft.periodEnd())
                    .set(v.CHANGE_NOTE, blankToNull(draft.changeNote()))
                    .set(v.VERSION, v.VERSION.plus(1))
                    .where(v.ID.eq(versionId).and(v.VERSION.eq(rowVersion)))
                    .execute();
            ConcurrentEditException.requireUpdated(rows);
            db.deleteFrom(APPLICATION_REQUESTED_AMOUNT).where(APPLICATION_REQUESTED_AMOUNT.VERSION_ID.eq(versionId)).execute();
            insertRequested(versionId, draft.requestedPerYear());
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** The beredningsgrupp has prepared the latest version: its recommendation and notes (a § is optional). */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public void prepare(long applicationId, int applicationVersion, LocalDate preparedOn, StepOutcome recommendation,
                        String notes) {
        if (recommendation == null || !Set.of(StepOutcome.APPROVE, StepOutcome.REJECT, StepOutcome.MORE_INFORMATION)
                .contains(recommendation)) {
            throw new UserFacingException("application.error.recommendationRequired");
        }
        if (preparedOn == null) {
            throw new UserFacingException("application.error.dateRequired");
        }
        try {
            touch(applicationId, applicationVersion);
            insertStep(applicationId, StepKind.PREPARED, preparedOn, recommendation, null, notes);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /**
     * The applicant withdraws the application (återtagen): a WITHDRAWN step on the latest version with its date and
     * a note. After that nothing more happens to the case. The database refuses it once the application is decided
     * (granted or rejected) or when the date lies before the last step; its Swedish message is shown as it is.
     */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public void withdraw(long applicationId, int applicationVersion, LocalDate withdrawnOn, String notes) {
        if (withdrawnOn == null) {
            throw new UserFacingException("application.error.dateRequired");
        }
        try {
            touch(applicationId, applicationVersion);
            insertStep(applicationId, StepKind.WITHDRAWN, withdrawnOn, null, null, notes);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** Changes the notes of a step (allowed even when its minutes are approved). */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void updateNotes(long stepId, int stepVersion, String notes) {
        try {
            int rows = db.update(APPLICATION_STEP)
                    .set(APPLICATION_STEP.NOTES, blankToNull(notes))
                    .set(APPLICATION_STEP.VERSION, APPLICATION_STEP.VERSION.plus(1))
                    .where(APPLICATION_STEP.ID.eq(stepId).and(APPLICATION_STEP.VERSION.eq(stepVersion)))
                    .execute();
            ConcurrentEditException.requireUpdated(rows);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** Attaches a PDF, DOCX or XLSX file to a version not yet dealt with (stored by the attachment feature). */
    @Transactional
    @RolesAllowed({Roles.BEREDNINGSGRUPP, Roles.FORBUNDSCHEF})
    public long addAttachment(long versionId, String fileName, String contentType, byte[] content) {
        try {
            return attachments.addToApplicationVersion(versionId, fileName, contentType, content).id();
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** Where a file is downloaded (the attachment feature's controller). */
    public static String downloadUrl(long attachmentId) {
        return AttachmentService.downloadUrl(attachmentId);
    }

    // ---------------------------------------------------------------- decisions, through the minutes

    /** The working committee's proposal (bifall / avslag / återremiss / bordläggning), resting on its §. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void recordAuProposal(long applicationId, int applicationVersion, StepOutcome outcome, long decisionId, String notes) {
        requireDecisionOutcome(outcome);
        try {
            touch(applicationId, applicationVersion);
            insertStep(applicationId, StepKind.AU_PROPOSAL, null, outcome, decisionId, notes);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /**
     * The board's decision on the application, resting on its §. On bifall the insats is created (named
     * {@code newInitiativeName}, default the application's title) or, when the application continues one, extended,
     * with one grant per year of the latest version's requested money, each carrying the board's decision; while
     * the minutes are not yet approved the decision is also linked to the insats.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void recordBoardDecision(long applicationId, int applicationVersion, StepOutcome outcome, long decisionId,
                                    String notes, String newInitiativeName) {
        recordBoardDecision(applicationId, applicationVersion, outcome, decisionId, notes, newInitiativeName, null);
    }

    /**
     * The board's decision as above, granting {@code grantedPerYear} instead of the requested money: the board may
     * grant less (or more) than asked, year by year. Only years the latest version asks for; each amount at least 0
     * (0: nothing that year). {@code null} grants what was requested.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void recordBoardDecision(long applicationId, int applicationVersion, StepOutcome outcome, long decisionId,
                                    String notes, String newInitiativeName, SortedMap<Integer, BigDecimal> grantedPerYear) {
        requireDecisionOutcome(outcome);
        try {
            touch(applicationId, applicationVersion);
            DecisionPlace decision = decisionPlace(decisionId);
            if (outcome == StepOutcome.APPROVE) {
                if (!GRANTING.contains(decision.outcome())) {
                    throw new UserFacingException("application.error.decisionNotGranting", decisionLabel(decision));
                }
                ApplicationDetail application = detail(applicationId).orElseThrow(ConcurrentEditException::new);
                grant(application, decision, newInitiativeName, grantedPerYear);
            }
            insertStep(applicationId, StepKind.BOARD_DECISION, null, outcome, decisionId, notes);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    private void grant(ApplicationDetail application, DecisionPlace decision, String newInitiativeName,
                       SortedMap<Integer, BigDecimal> grantedPerYear) {
        ApplicationDetail.Version latest = application.latestVersion();
        SortedMap<Integer, BigDecimal> granted = grantedPerYear == null
                ? latest.requested().stream().collect(Collectors.toMap(ApplicationDetail.Requested::year,
                        ApplicationDetail.Requested::amount, (x, y) -> x, TreeMap::new))
                : checkedGrants(latest, grantedPerYear);
        granted.values().removeIf(amount -> amount.signum() <= 0);
        if (granted.isEmpty() && grantedPerYear != null && !latest.requested().isEmpty()) {
            throw new UserFacingException("application.error.grantNothing");
        }
        if (granted.isEmpty()) {
            throw new UserFacingException("application.error.nothingToGrant");
        }
        long initiativeId;
        Map<Integer, BigDecimal> existing;
        if (application.initiativeId() == null) {
            String name = blankToNull(newInitiativeName) == null ? latest.title().trim() : newInitiativeName.trim();
            if (db.fetchExists(INITIATIVE, DSL.lower(INITIATIVE.NAME).eq(name.toLowerCase(Locale.ROOT)))) {
                throw new UserFacingException("application.error.initiativeNameTaken", name);
            }
            initiativeId = db.insertInto(INITIATIVE)
                    .set(INITIATIVE.NAME, name)
                    .set(INITIATIVE.OWNER_MEMBER_ID, application.applicantMemberId())
                    .set(INITIATIVE.OWNER_NAME, application.applicantMemberId() == null ? application.applicant() : null)
                    .set(INITIATIVE.TARGET_GROUP, latest.targetGroup())
                    .set(INITIATIVE.ORIENTATION, latest.orientation())
                    .set(INITIATIVE.DESCRIPTION, latest.description())
                    .set(INITIATIVE.START_DATE, latest.periodStart())
                    .set(INITIATIVE.PLANNED_END_DATE, latest.periodEnd())
                    .set(INITIATIVE.STATUS, "GRANTED")
                    .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
            ConcurrentEditException.requireUpdated(db.update(FUNDING_APPLICATION)
                    .set(FUNDING_APPLICATION.INITIATIVE_ID, initiativeId)
                    .where(FUNDING_APPLICATION.ID.eq(application.id()))
                    .execute());
            existing = Map.of();
        } else {
            initiativeId = application.initiativeId();
            existing = db.select(INITIATIVE_GRANT.YEAR, DSL.sum(INITIATIVE_GRANT.AMOUNT)).from(INITIATIVE_GRANT)
                    .where(INITIATIVE_GRANT.INITIATIVE_ID.eq(initiativeId)).groupBy(INITIATIVE_GRANT.YEAR)
                    .fetchMap(r -> r.value1(), r -> r.value2());
            extend(initiativeId, latest.periodEnd(), existing.isEmpty());
        }
        for (var year : granted.entrySet()) {
            String kind = existing.isEmpty() ? "GRANT" : existing.containsKey(year.getKey()) ? "INCREASE" : "EXTENSION";
            db.insertInto(INITIATIVE_GRANT)
                    .set(INITIATIVE_GRANT.INITIATIVE_ID, initiativeId)
                    .set(INITIATIVE_GRANT.YEAR, year.getKey())
                    .set(INITIATIVE_GRANT.KIND, kind)
                    .set(INITIATIVE_GRANT.AMOUNT, year.getValue())
                    .set(INITIATIVE_GRANT.DECISION_ID, decision.decisionId())
                    .set(INITIATIVE_GRANT.NOTE, "Ansökan " + latest.title() + " (version " + latest.versionNo() + ")")
                    .execute();
        }
        // Links to approved minutes are refused by the approval lock; the grants carry the decision anyway.
        if (!decision.minutesApproved()) {
            Long recordId = db.select(INITIATIVE.RECORD_ID).from(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId))
                    .fetchSingle(INITIATIVE.RECORD_ID);
            db.insertInto(DECISION_LINK)
                    .set(DECISION_LINK.DECISION_ID, decision.decisionId())
                    .set(DECISION_LINK.RECORD_ID, recordId)
                    .set(DECISION_LINK.NOTE, "Beviljad ansökan: " + latest.title())
                    .onConflictDoNothing()
                    .execute();
        }
    }

    /** The amounts the board granted: one per requested year, none missing or negative. */
    private static SortedMap<Integer, BigDecimal> checkedGrants(ApplicationDetail.Version latest,
                                                                SortedMap<Integer, BigDecimal> grantedPerYear) {
        Set<Integer> requestedYears = latest.requested().stream().map(ApplicationDetail.Requested::year)
                .collect(Collectors.toSet());
        for (Integer year : grantedPerYear.keySet()) {
            if (!requestedYears.contains(year)) {
                throw new UserFacingException("application.error.grantYearNotRequested", String.valueOf(year));
            }
        }
        TreeMap<Integer, BigDecimal> granted = new TreeMap<>();
        for (Integer year : new TreeSet<>(requestedYears)) {
            BigDecimal amount = grantedPerYear.get(year);
            if (amount == null) {
                throw new UserFacingException("application.error.grantRequired", String.valueOf(year));
            }
            if (amount.signum() < 0) {
                throw new UserFacingException("application.error.grantNegative", String.valueOf(year));
            }
            granted.put(year, amount);
        }
        return granted;
    }

    /** An insats the application continues: granted (from idea/applied) or extended, to the new period end. */
    private void extend(long initiativeId, LocalDate periodEnd, boolean firstMoney) {
        var i = INITIATIVE;
        Record current = db.select(i.STATUS, i.PLANNED_END_DATE, i.VERSION).from(i).where(i.ID.eq(initiativeId)).fetchSingle();
        String status = current.get(i.STATUS);
        String next = switch (status) {
            case "IDEA", "APPLIED" -> "GRANTED";
            case "GRANTED" -> "GRANTED";
            case "STOPPED" -> throw new UserFacingException("application.error.initiativeStopped");
            default -> firstMoney ? status : "EXTENDED";
        };
        LocalDate plannedEnd = current.get(i.PLANNED_END_DATE);
        if (periodEnd != null && (plannedEnd == null || periodEnd.isAfter(plannedEnd))) {
            plannedEnd = periodEnd;
        }
        var update = db.update(i).set(i.STATUS, next).set(i.PLANNED_END_DATE, plannedEnd).set(i.VERSION, i.VERSION.plus(1));
        if ("ENDED".equals(status) && "EXTENDED".equals(next)) {
            update = update.set(i.ACTUAL_END_DATE, (LocalDate) null);
        }
        ConcurrentEditException.requireUpdated(update.where(i.ID.eq(initiativeId).and(i.VERSION.eq(current.get(i.VERSION)))).execute());
    }

    // ---------------------------------------------------------------- helpers

    int insertVersionWithReceivedStep(long applicationId, VersionDraft draft) {
        var v = FUNDING_APPLICATION_VERSION;
        var inserted = db.insertInto(v)
                .set(v.APPLICATION_ID, applicationId)
                .set(v.RECEIVED_ON, draft.receivedOn())
                .set(v.TITLE, draft.title().trim())
                .set(v.TARGET_GROUP, blankToNull(draft.targetGroup()))
                .set(v.ORIENTATION, blankToNull(draft.orientation()))
                .set(v.DESCRIPTION, blankToNull(draft.description()))
                .set(v.PERIOD_START, draft.periodStart())
                .set(v.PERIOD_END, draft.periodEnd())
                .set(v.CHANGE_NOTE, blankToNull(draft.changeNote()))
                .returning(v.ID, v.VERSION_NO).fetchSingle();
        insertRequested(inserted.getId(), draft.requestedPerYear());
        insertStep(applicationId, StepKind.RECEIVED, draft.receivedOn(), null, null, null);
        return inserted.getVersionNo();
    }

    private void insertRequested(long versionId, SortedMap<Integer, BigDecimal> requested) {
        if (requested == null) {
            return;
        }
        for (var year : requested.entrySet()) {
            if (year.getValue() == null) {
                continue;
            }
            if (year.getValue().signum() < 0) {
                throw new UserFacingException("application.error.amountNegative", year.getKey());
            }
            db.insertInto(APPLICATION_REQUESTED_AMOUNT)
                    .set(APPLICATION_REQUESTED_AMOUNT.VERSION_ID, versionId)
                    .set(APPLICATION_REQUESTED_AMOUNT.YEAR, year.getKey())
                    .set(APPLICATION_REQUESTED_AMOUNT.AMOUNT, year.getValue())
                    .execute();
        }
    }

    private void insertStep(long applicationId, StepKind step, LocalDate occurredOn, StepOutcome outcome, Long decisionId,
                            String notes) {
        Long latestVersion = db.select(FUNDING_APPLICATION_VERSION.ID).from(FUNDING_APPLICATION_VERSION)
                .where(FUNDING_APPLICATION_VERSION.APPLICATION_ID.eq(applicationId))
                .orderBy(FUNDING_APPLICATION_VERSION.VERSION_NO.desc()).limit(1)
                .fetchSingle(FUNDING_APPLICATION_VERSION.ID);
        var insert = db.insertInto(APPLICATION_STEP)
                .set(APPLICATION_STEP.APPLICATION_ID, applicationId)
                .set(APPLICATION_STEP.VERSION_ID, latestVersion)
                .set(APPLICATION_STEP.STEP, step.name())
                .set(APPLICATION_STEP.OUTCOME, outcome == null ? null : outcome.name())
                .set(APPLICATION_STEP.DECISION_ID, decisionId)
                .set(APPLICATION_STEP.NOTES, blankToNull(notes));
        if (occurredOn != null) {
            insert = insert.set(APPLICATION_STEP.OCCURRED_ON, occurredOn);
        }
        insert.execute();
    }

    /** Guards every change of an application: refused when somebody else changed it since it was read. */
    private void touch(long applicationId, int applicationVersion) {
        ConcurrentEditException.requireUpdated(db.update(FUNDING_APPLICATION)
                .set(FUNDING_APPLICATION.VERSION, FUNDING_APPLICATION.VERSION.plus(1))
                .where(FUNDING_APPLICATION.ID.eq(applicationId).and(FUNDING_APPLICATION.VERSION.eq(applicationVersion)))
                .execute());
    }

    private DecisionPlace decisionPlace(long decisionId) {
        var dp = DECISION_PLACE;
        return db.select(dp.DECISION_ID, dp.OUTCOME, dp.MEETING_ID, dp.MEETING_DATE, dp.BODY_NAME, dp.PARAGRAPH_NUMBER,
                        dp.ITEM_TITLE, dp.MEETING_STATUS)
                .from(dp).where(dp.DECISION_ID.eq(decisionId))
                .fetchOptional(rec -> place(rec.value1(), rec.value2(), rec.value3(), rec.value4(), rec.value5(),
                        rec.value6(), rec.value7(), rec.value8()))
                .orElseThrow(() -> new UserFacingException("application.error.decisionRequired"));
    }

    static DecisionPlace place(Long decisionId, String outcome, Long meetingId, LocalDate date, String body, Integer number,
                               String title, String meetingStatus) {
        if (decisionId == null) {
            return null;
        }
        return new DecisionPlace(decisionId, outcome, meetingId, date, body, number, title, "APPROVED".equals(meetingStatus));
    }

    static String decisionLabel(DecisionPlace d) {
        return d.bodyName() + " " + d.meetingDate() + " § " + d.paragraphNumber();
    }

    private static void requireDecisionOutcome(StepOutcome outcome) {
        if (outcome == null || outcome == StepOutcome.MORE_INFORMATION) {
            throw new UserFacingException("application.error.outcomeRequired");
        }
    }

    private static void requireVersion(VersionDraft draft) {
        if (draft == null || draft.title() == null || draft.title().isBlank()) {
            throw new UserFacingException("application.error.titleRequired");
        }
        if (draft.receivedOn() == null) {
            throw new UserFacingException("application.error.dateRequired");
        }
        if (draft.periodStart() != null && draft.periodEnd() != null && draft.periodEnd().isBefore(draft.periodStart())) {
            throw new UserFacingException("application.error.period");
        }
    }


    /** Database refusals become user messages: the schema's own messages are Swedish and usable as they are. */
    static RuntimeException translated(RuntimeException e) {
        if (e instanceof UserFacingException || e instanceof AccessDeniedException) {
            return e;
        }
        String message = serverMessage(e);
        if (message != null && message.startsWith("Protokollet är justerat")) {
            return new UserFacingException("application.error.locked", message);
        }
        if (DatabaseErrors.is(e, DatabaseErrors.UNIQUE_VIOLATION)) {
            if (message != null && message.contains("application_step_decision_once")) {
                return new UserFacingException("application.error.decisionUsed");
            }
            if (message != null && message.contains("initiative_name_unique")) {
                return new UserFacingException("application.error.initiativeNameTaken", "");
            }
            return new UserFacingException("application.error.duplicate");
        }
        if (message != null && (DatabaseErrors.is(e, DatabaseErrors.RAISED_BY_TRIGGER)
                || DatabaseErrors.is(e, DatabaseErrors.CHECK_VIOLATION) || DatabaseErrors.is(e, DatabaseErrors.FOREIGN_KEY_VIOLATION))) {
            if (message.contains("violates check constraint")) {
                return new UserFacingException("application.error.invalid", message.replaceAll(".*constraint \"([^\"]+)\".*", "$1"));
            }
            return new UserFacingException("application.error.database", message);
        }
        return e;
    }

    /** The first line of PostgreSQL's message without its severity ("ERROR: "). */
    static String serverMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null) {
                String first = sql.getMessage().lines().findFirst().orElse("");
                int colon = first.indexOf(": ");
                return colon > 0 && colon < 12 ? first.substring(colon + 2).trim() : first.trim();
            }
        }
        return null;
    }
}
