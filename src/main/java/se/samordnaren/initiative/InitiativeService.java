package se.samordnaren.initiative;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Money;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Texts;
import se.samordnaren.common.Translated;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.CO_FINANCING;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;
import static se.samordnaren.db.Tables.INITIATIVE_MEMBER;
import static se.samordnaren.db.Tables.INITIATIVE_REPORT;

/**
 * Insatser: the register, the grant ledger, change decisions and reports. Reads (in {@link InitiativeQueries}) are
 * open to every signed-in role; the register and reports are written by the förbundschef, money also by the ekonom.
 * Database refusals become Swedish messages through {@link InitiativeRefusals}; this class checks first what it can
 * say better (lengths, amounts, status moves).
 */
@Service
public class InitiativeService {

    /** The most insatser a search for a picker returns. */
    static final int SEARCH_LIMIT = 50;

    private final DSLContext db;
    private final InitiativeQueries queries;

    InitiativeService(DSLContext db, InitiativeQueries queries) {
        this.db = db;
        this.queries = queries;
    }

    /**
     * Whether money may rest on a decision with this outcome: a grant or an approval (or a delegation decision
     * reported to the board), never a proposal, a rejection, a referral back, a postponement or a § merely noted.
     * The database's {@code decision_outcome_grants_money} says the same (a test holds them equal); a new outcome
     * does not compile until it is placed here.
     */
    public static boolean grantsMoney(DecisionOutcome outcome) {
        return switch (outcome) {
            case GRANTED, APPROVED, DELEGATION_REPORTED -> true;
            case REJECTED, REFERRED_BACK, POSTPONED, NOTED, PROPOSAL -> false;
        };
    }

    /** The money left in each year after {@code newEnd}: what a shortening frees (a suggestion for the form). */
    public static List<YearAmount> remainingAfter(InitiativeDetail detail, LocalDate newEnd) {
        return detail.grantYears().stream()
                .filter(y -> newEnd != null && y.year() > newEnd.getYear() && y.grantedTotal().signum() > 0)
                .map(y -> new YearAmount(y.year(), y.grantedTotal()))
                .sorted(Comparator.comparingInt(YearAmount::year)).toList();
    }

    // ---------------------------------------------------------------- reads

    /** One page of the filtered list (sortable by name, owner, period, status, money), each row with its money per year. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InitiativeRow> rows(InitiativeFilter filter, PageRequest page) {
        return queries.rows(filter == null ? InitiativeFilter.none() : filter, page);
    }

    /** How many insatser the filter matches and their granted money per year: one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public InitiativeTotals totals(InitiativeFilter filter) {
        return queries.totals(filter == null ? InitiativeFilter.none() : filter);
    }

    /** Money granted per year over all insatser, for the start page: one grouped query. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<YearAmount> grantedPerYear() {
        return queries.grantedPerYear();
    }

    /** The owners in the register (members and others), for the owner filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> owners() {
        return queries.owners();
    }

    /** The years in which any insats has granted money, for the year filters. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Integer> grantYears() {
        return queries.grantYears();
    }

    /** For pickers in other features. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<InitiativeRef> find(long id) {
        return queries.find(id);
    }

    /** Insatser whose name, short name or owner contains the text (all when blank), at most 50, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InitiativeRef> search(String text) {
        return queries.search(text, SEARCH_LIMIT);
    }

    /** Insatser that may get delprojekt (not themselves delprojekt). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InitiativeRef> parentCandidates() {
        return queries.parentCandidates();
    }

    /** One page of the decisions money can rest on ({@link #grantsMoney}), newest first: the § picker. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<GrantingDecision> grantingDecisions(String text, PageRequest page) {
        return queries.grantingDecisions(text, page);
    }

    /** The detail view's read model, one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<InitiativeDetail> detail(long id) {
        return queries.detail(id);
    }

    // ---------------------------------------------------------------- writes

    /** Creates or updates an insats (optimistic: a stale version is refused). Returns its id. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public long save(InitiativeDraft d) {
        String name = required(d.name(), "initiative.error.nameRequired");
        Texts.requireMaxLength(name, Texts.SHORT, "initiative.name");
        String ownerName = d.ownerMemberId() != null ? null : blankToNull(d.ownerName());
        if (d.ownerMemberId() == null && ownerName == null) {
            throw new UserFacingException("initiative.error.ownerRequired");
        }
        InitiativeStatus status = d.status() == null ? InitiativeStatus.IDEA : d.status();
        if (status.isFinished() && d.actualEndDate() == null) {
            throw new UserFacingException("initiative.error.endedNeedsEnd");
        }
        if (!status.isFinished() && d.actualEndDate() != null) {
            throw new UserFacingException("initiative.error.endOnlyWhenEnded");
        }
        // The same values for a new insats and for a change.
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(INITIATIVE.PARENT_ID, d.parentId());
        values.put(INITIATIVE.NAME, name);
        values.put(INITIATIVE.SHORT_NAME, text(d.shortName(), Texts.SHORT, "initiative.shortName"));
        values.put(INITIATIVE.OWNER_MEMBER_ID, d.ownerMemberId());
        values.put(INITIATIVE.OWNER_NAME, Texts.requireMaxLength(ownerName, Texts.SHORT, "initiative.ownerName"));
        values.put(INITIATIVE.TARGET_GROUP, text(d.targetGroup(), Texts.LONG, "initiative.targetGroup"));
        values.put(INITIATIVE.ORIENTATION, d.orientation());
        values.put(INITIATIVE.SUS_REFERENCE, text(d.susReference(), Texts.SHORT, "initiative.susReference"));
        values.put(INITIATIVE.START_DATE, d.startDate());
        values.put(INITIATIVE.PLANNED_END_DATE, d.plannedEndDate());
        values.put(INITIATIVE.ACTUAL_END_DATE, d.actualEndDate());
        values.put(INITIATIVE.STATUS, status);
        values.put(INITIATIVE.CONTACT_PERSON_ID, d.contactPersonId());
        values.put(INITIATIVE.CONTACT, text(d.contact(), Texts.SHORT, "initiative.contactOther"));
        values.put(INITIATIVE.DESCRIPTION, text(d.description(), Texts.LONG, "initiative.description.field"));
        values.put(INITIATIVE.STAFF_NOTES, text(d.staffNotes(), Texts.LONG, "initiative.staffNotes"));
        long id;
        if (d.id() == null) {
            id = db.insertInto(INITIATIVE)
                    .set(values)
                    .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
        } else {
            id = d.id();
            requireAllowedMove(id, status);
            int rows = db.update(INITIATIVE)
                    .set(values)
                    .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1))
                    .where(INITIATIVE.ID.eq(id).and(INITIATIVE.VERSION.eq(d.version())))
                    .execute();
            ConcurrentEditException.requireUpdated(rows);
        }
        if (d.memberIds() != null) {
            db.deleteFrom(INITIATIVE_MEMBER).where(INITIATIVE_MEMBER.INITIATIVE_ID.eq(id))
                    .and(INITIATIVE_MEMBER.MEMBER_ID.notIn(d.memberIds())).execute();
            if (!d.memberIds().isEmpty()) {
                var insert = db.insertInto(INITIATIVE_MEMBER, INITIATIVE_MEMBER.INITIATIVE_ID, INITIATIVE_MEMBER.MEMBER_ID);
                for (Long memberId : d.memberIds()) {
                    insert = insert.values(id, memberId);
                }
                insert.onConflictDoNothing().execute();
            }
        }
        return id;
    }

    /** Records a first grant (kind GRANT, one row per year) on its deciding §, or opening balances. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void recordGrant(GrantEntry entry) {
        requireAmounts(entry.amounts());
        String reference = entry.openingBalance()
                ? text(entry.openingReference(), Texts.SHORT, "initiative.grant.openingReference") : null;
        String note = text(entry.note(), Texts.LONG, "initiative.grant.note");
        var insert = db.insertInto(INITIATIVE_GRANT, INITIATIVE_GRANT.INITIATIVE_ID, INITIATIVE_GRANT.YEAR,
                INITIATIVE_GRANT.KIND, INITIATIVE_GRANT.AMOUNT, INITIATIVE_GRANT.DECISION_ID,
                INITIATIVE_GRANT.IS_OPENING_BALANCE, INITIATIVE_GRANT.OPENING_DECIDED_ON,
                INITIATIVE_GRANT.OPENING_REFERENCE, INITIATIVE_GRANT.NOTE);
        for (YearAmount a : entry.amounts()) {
            insert = insert.values(entry.initiativeId(), a.year(), GrantKind.GRANT, a.amount(),
                    entry.openingBalance() ? null : entry.decisionId(), entry.openingBalance(),
                    entry.openingBalance() ? entry.openingDecidedOn() : null, reference, note);
        }
        insert.execute();
    }

    /**
     * A change decision in one transaction: one ledger row per year on the deciding § (positive for extend and
     * increase, negative for shorten and stop), then the insats's end date and status with the version check.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void recordChange(ChangeDecision change) {
        requireAmounts(change.amounts());
        if (change.kind() == ChangeKind.STOP && change.actualEnd() == null) {
            throw new UserFacingException("initiative.error.stopNeedsEnd");
        }
        if ((change.kind() == ChangeKind.EXTEND || change.kind() == ChangeKind.SHORTEN) && change.newPlannedEnd() == null) {
            throw new UserFacingException("initiative.error.newEndRequired");
        }
        String note = text(change.note(), Texts.LONG, "initiative.grant.note");
        GrantKind kind = change.kind().grantKind();
        if (change.kind().status() != null) {
            requireAllowedMove(change.initiativeId(), change.kind().status());
        }
        var insert = db.insertInto(INITIATIVE_GRANT, INITIATIVE_GRANT.INITIATIVE_ID, INITIATIVE_GRANT.YEAR,
                INITIATIVE_GRANT.KIND, INITIATIVE_GRANT.AMOUNT, INITIATIVE_GRANT.DECISION_ID, INITIATIVE_GRANT.NOTE);
        for (YearAmount a : change.amounts()) {
            insert = insert.values(change.initiativeId(), a.year(), kind,
                    kind.isNegative() ? a.amount().negate() : a.amount(), change.decisionId(), note);
        }
        insert.execute();
        var update = db.update(INITIATIVE).set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1));
        if (change.kind().status() != null) {
            update = update.set(INITIATIVE.STATUS, change.kind().status());
        }
        if (change.newPlannedEnd() != null) {
            update = update.set(INITIATIVE.PLANNED_END_DATE, change.newPlannedEnd());
        }
        if (change.kind() == ChangeKind.STOP) {
            update = update.set(INITIATIVE.ACTUAL_END_DATE, change.actualEnd());
        } else if (change.kind() == ChangeKind.EXTEND) {
            update = update.set(INITIATIVE.ACTUAL_END_DATE, (LocalDate) null);
        }
        int rows = update.where(INITIATIVE.ID.eq(change.initiativeId()))
                .and(INITIATIVE.VERSION.eq(change.initiativeVersion())).execute();
        ConcurrentEditException.requireUpdated(rows);
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void addCoFinancing(CoFinancingDraft d) {
        if (d.amount() == null || d.amount().signum() < 0) {
            throw new UserFacingException("initiative.error.amountNotNegative");
        }
        Money.requireValid(d.amount());
        if (d.source() == null) {
            throw new UserFacingException("initiative.error.sourceRequired");
        }
        String sourceName = text(d.sourceName(), Texts.SHORT, "initiative.money.sourceName");
        if (d.source() == CoFinancingSource.OTHER && sourceName == null) {
            throw new UserFacingException("initiative.error.sourceNameRequired");
        }
        db.insertInto(CO_FINANCING)
                .set(CO_FINANCING.INITIATIVE_ID, d.initiativeId())
                .set(CO_FINANCING.SOURCE, d.source())
                .set(CO_FINANCING.SOURCE_NAME, sourceName)
                .set(CO_FINANCING.YEAR, d.year())
                .set(CO_FINANCING.AMOUNT, d.amount())
                .set(CO_FINANCING.NOTE, text(d.note(), Texts.LONG, "initiative.money.note"))
                .execute();
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void deleteCoFinancing(long id, int version) {
        int rows = db.deleteFrom(CO_FINANCING).where(CO_FINANCING.ID.eq(id)).and(CO_FINANCING.VERSION.eq(version)).execute();
        ConcurrentEditException.requireUpdated(rows);
    }

    /** Registers a report received from the insats; returns its id (for attachments). */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public long addReport(ReportDraft d) {
        if (d.kind() == null) {
            throw new UserFacingException("initiative.error.reportKindRequired");
        }
        if (d.receivedOn() == null) {
            throw new UserFacingException("initiative.error.receivedOnRequired");
        }
        if (negative(d.participantsEnrolled()) || negative(d.participantsStarted()) || negative(d.participantsEnded())) {
            throw new UserFacingException("initiative.error.participantsNegative");
        }
        return db.insertInto(INITIATIVE_REPORT)
                .set(INITIATIVE_REPORT.INITIATIVE_ID, d.initiativeId())
                .set(INITIATIVE_REPORT.KIND, d.kind())
                .set(INITIATIVE_REPORT.TITLE, text(d.title(), Texts.SHORT, "initiative.report.title"))
                .set(INITIATIVE_REPORT.RECEIVED_ON, d.receivedOn())
                .set(INITIATIVE_REPORT.PERIOD_FROM, d.periodFrom())
                .set(INITIATIVE_REPORT.PERIOD_TO, d.periodTo())
                .set(INITIATIVE_REPORT.PARTICIPANTS_ENROLLED, d.participantsEnrolled())
                .set(INITIATIVE_REPORT.PARTICIPANTS_STARTED, d.participantsStarted())
                .set(INITIATIVE_REPORT.PARTICIPANTS_ENDED, d.participantsEnded())
                .set(INITIATIVE_REPORT.SUMMARY, text(d.summary(), Texts.LONG, "initiative.report.summary"))
                .returning(INITIATIVE_REPORT.ID).fetchSingle(INITIATIVE_REPORT.ID);
    }

    // ---------------------------------------------------------------- helpers

    /** Refuses a status move the database would refuse, naming both statuses. */
    private void requireAllowedMove(long id, InitiativeStatus to) {
        InitiativeQueries.StatusMove move = queries.statusMove(id, to).orElseThrow(ConcurrentEditException::new);
        if (!move.allowed()) {
            throw new UserFacingException("initiative.error.statusMove", new Translated(move.from().translationKey()),
                    new Translated(to.translationKey()));
        }
    }

    private static boolean negative(Integer value) {
        return value != null && value < 0;
    }

    private static void requireAmounts(List<YearAmount> amounts) {
        if (amounts == null || amounts.isEmpty()) {
            throw new UserFacingException("initiative.error.amountsRequired");
        }
        for (YearAmount a : amounts) {
            if (a.amount() == null || a.amount().signum() <= 0) {
                throw new UserFacingException("initiative.error.amountPositive", String.valueOf(a.year()));
            }
            Money.requireValid(a.amount());
        }
    }

    /** An optional text as stored (trimmed, blank as null), refused when longer than the database holds. */
    private static String text(String value, int max, String fieldKey) {
        return Texts.requireMaxLength(blankToNull(value), max, fieldKey);
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException(key);
        }
        return value.trim();
    }

    // ---------------------------------------------------------------- grants from a funding application

    /**
     * The money a board decision on a funding application grants, in the application feature's transaction. Without
     * an insats to continue, a new one is created from the application (status GRANTED; its name must be free) and
     * every year gets a GRANT row. A continued insats gets per year an INCREASE where it already has money that year
     * and an EXTENSION for a new year (GRANT while it has no money at all); its planned end moves out to the
     * application's period end and its status becomes GRANTED (from idea or applied) or EXTENDED. A stopped insats
     * gets no new money. Every row rests on the board's decision and carries the application's note. Returns the
     * insats's id.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long grantFromApplication(ApplicationGrant grant) {
        if (grant.amountsPerYear() == null || grant.amountsPerYear().isEmpty()) {
            throw new UserFacingException("initiative.error.amountsRequired");
        }
        grant.amountsPerYear().forEach((year, amount) -> {
            if (amount == null || amount.signum() <= 0) {
                throw new UserFacingException("initiative.error.amountPositive", year);
            }
        });
        long initiativeId;
        java.util.Map<Integer, BigDecimal> moneyBefore;
        if (grant.initiativeId() == null) {
            initiativeId = insertGrantedFromApplication(grant);
            moneyBefore = java.util.Map.of();
        } else {
            initiativeId = grant.initiativeId();
            moneyBefore = db.select(INITIATIVE_GRANT.YEAR, DSL.sum(INITIATIVE_GRANT.AMOUNT)).from(INITIATIVE_GRANT)
                    .where(INITIATIVE_GRANT.INITIATIVE_ID.eq(initiativeId)).groupBy(INITIATIVE_GRANT.YEAR)
                    .fetchMap(r -> r.value1(), r -> r.value2());
            extendForApplication(initiativeId, grant.plannedEnd(), moneyBefore.isEmpty());
        }
        for (var year : grant.amountsPerYear().entrySet()) {
            GrantKind kind = moneyBefore.isEmpty() ? GrantKind.GRANT
                    : moneyBefore.containsKey(year.getKey()) ? GrantKind.INCREASE : GrantKind.EXTENSION;
            // DSL.val(value, field): the vocabulary columns take the enum whether they are text or enum-typed.
            db.insertInto(INITIATIVE_GRANT)
                    .set(INITIATIVE_GRANT.INITIATIVE_ID, initiativeId)
                    .set(INITIATIVE_GRANT.YEAR, year.getKey())
                    .set(INITIATIVE_GRANT.KIND, DSL.val(kind, INITIATIVE_GRANT.KIND))
                    .set(INITIATIVE_GRANT.AMOUNT, year.getValue())
                    .set(INITIATIVE_GRANT.DECISION_ID, grant.decisionId())
                    .set(INITIATIVE_GRANT.NOTE, blankToNull(grant.note()))
                    .execute();
        }
        return initiativeId;
    }

    private long insertGrantedFromApplication(ApplicationGrant grant) {
        String name = blankToNull(grant.newName());
        if (name == null) {
            throw new UserFacingException("initiative.error.nameRequired");
        }
        se.samordnaren.common.Texts.requireMaxLength(name, se.samordnaren.common.Texts.SHORT, "initiative.name");
        // lower() in SQL, as the unique index initiative_name_unique compares.
        if (db.fetchExists(INITIATIVE, DSL.lower(INITIATIVE.NAME).eq(DSL.lower(DSL.val(name))))) {
            throw new UserFacingException("initiative.error.duplicateName", name);
        }
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.NAME, name)
                .set(INITIATIVE.OWNER_MEMBER_ID, grant.ownerMemberId())
                .set(INITIATIVE.OWNER_NAME, grant.ownerMemberId() == null ? blankToNull(grant.ownerName()) : null)
                .set(INITIATIVE.TARGET_GROUP, blankToNull(grant.targetGroup()))
                .set(INITIATIVE.ORIENTATION, DSL.val(grant.orientation(), INITIATIVE.ORIENTATION))
                .set(INITIATIVE.DESCRIPTION, blankToNull(grant.description()))
                .set(INITIATIVE.START_DATE, grant.start())
                .set(INITIATIVE.PLANNED_END_DATE, grant.plannedEnd())
                .set(INITIATIVE.STATUS, DSL.val(InitiativeStatus.GRANTED, INITIATIVE.STATUS))
                .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
    }

    /** A continued insats: granted (from idea or applied) or extended, its planned end moved out to the new period's end. */
    private void extendForApplication(long initiativeId, LocalDate periodEnd, boolean firstMoney) {
        org.jooq.Record current = db.select(INITIATIVE.STATUS, INITIATIVE.PLANNED_END_DATE, INITIATIVE.VERSION)
                .from(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).fetchOptional()
                .orElseThrow(ConcurrentEditException::new);
        InitiativeStatus status = current.get(INITIATIVE.STATUS, InitiativeStatus.class);
        InitiativeStatus next = switch (status) {
            case IDEA, APPLIED, GRANTED -> InitiativeStatus.GRANTED;
            case STOPPED -> throw new UserFacingException("initiative.error.statusMove",
                    new se.samordnaren.common.Translated(status.translationKey()),
                    new se.samordnaren.common.Translated(InitiativeStatus.EXTENDED.translationKey()));
            default -> firstMoney ? status : InitiativeStatus.EXTENDED;
        };
        LocalDate plannedEnd = current.get(INITIATIVE.PLANNED_END_DATE);
        if (periodEnd != null && (plannedEnd == null || periodEnd.isAfter(plannedEnd))) {
            plannedEnd = periodEnd;
        }
        var update = db.update(INITIATIVE)
                .set(INITIATIVE.STATUS, DSL.val(next, INITIATIVE.STATUS))
                .set(INITIATIVE.PLANNED_END_DATE, plannedEnd)
                .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1));
        if (status == InitiativeStatus.ENDED && next == InitiativeStatus.EXTENDED) {
            update = update.set(INITIATIVE.ACTUAL_END_DATE, (LocalDate) null);
        }
        ConcurrentEditException.requireUpdated(update.where(INITIATIVE.ID.eq(initiativeId))
                .and(INITIATIVE.VERSION.eq(current.get(INITIATIVE.VERSION))).execute());
    }
}
