package se.samordnaren.initiative;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Money;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;

/**
 * The grant ledger of the insatser: every row of {@code initiative_grant} rests on its deciding § (or is an opening
 * balance). First grants and change decisions are booked by the förbundschef and the ekonom; a board decision on a
 * funding application books its money here too, in the application feature's transaction. A change moves the insats's
 * end date and status with it, so this service also writes {@code initiative} for those columns (and creates the
 * insats a granted application asks for); the register itself is {@link InitiativeService}'s.
 */
@Service
public class GrantLedgerService {

    private final DSLContext db;
    private final InitiativeQueries queries;

    GrantLedgerService(DSLContext db, InitiativeQueries queries) {
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

    /** One page of the decisions money can rest on ({@link #grantsMoney}), newest first: the § picker. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<GrantingDecision> grantingDecisions(String text, PageRequest page) {
        return queries.grantingDecisions(text, page);
    }

    /** Records a first grant (kind GRANT, one row per year) on its deciding §, or opening balances. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void recordGrant(GrantEntry entry) {
        requireAmounts(entry.amounts());
        String reference = entry.openingBalance()
                ? Texts.optional(entry.openingReference(), Texts.SHORT, "initiative.grant.openingReference") : null;
        String note = Texts.optional(entry.note(), Texts.LONG, "initiative.grant.note");
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
        String note = Texts.optional(change.note(), Texts.LONG, "initiative.grant.note");
        GrantKind kind = change.kind().grantKind();
        if (change.kind().status() != null) {
            queries.statusMove(change.initiativeId(), change.kind().status()).requireAllowed();
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
                throw new UserFacingException("initiative.error.amountPositive", String.valueOf(year));
            }
        });
        long initiativeId;
        Map<Integer, BigDecimal> moneyBefore;
        if (grant.initiativeId() == null) {
            initiativeId = insertGrantedFromApplication(grant);
            moneyBefore = Map.of();
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
            db.insertInto(INITIATIVE_GRANT)
                    .set(INITIATIVE_GRANT.INITIATIVE_ID, initiativeId)
                    .set(INITIATIVE_GRANT.YEAR, year.getKey())
                    .set(INITIATIVE_GRANT.KIND, kind)
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
        Texts.requireMaxLength(name, Texts.SHORT, "initiative.name");
        // lower() in SQL, as the unique index initiative_name_unique compares.
        if (db.fetchExists(INITIATIVE, DSL.lower(INITIATIVE.NAME).eq(DSL.lower(DSL.val(name))))) {
            throw new UserFacingException("initiative.error.duplicateName", name);
        }
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.NAME, name)
                .set(INITIATIVE.OWNER_MEMBER_ID, grant.ownerMemberId())
                .set(INITIATIVE.OWNER_NAME, grant.ownerMemberId() == null ? blankToNull(grant.ownerName()) : null)
                .set(INITIATIVE.TARGET_GROUP, blankToNull(grant.targetGroup()))
                .set(INITIATIVE.ORIENTATION, grant.orientation())
                .set(INITIATIVE.DESCRIPTION, blankToNull(grant.description()))
                .set(INITIATIVE.START_DATE, grant.start())
                .set(INITIATIVE.PLANNED_END_DATE, grant.plannedEnd())
                .set(INITIATIVE.STATUS, InitiativeStatus.GRANTED)
                .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
    }

    /** A continued insats: granted (from idea or applied) or extended, its planned end moved out to the new period's end. */
    private void extendForApplication(long initiativeId, LocalDate periodEnd, boolean firstMoney) {
        var current = db.select(INITIATIVE.STATUS, INITIATIVE.PLANNED_END_DATE, INITIATIVE.VERSION)
                .from(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).fetchOptional()
                .orElseThrow(ConcurrentEditException::new);
        InitiativeStatus status = current.value1();
        InitiativeStatus next = switch (status) {
            case IDEA, APPLIED, GRANTED -> InitiativeStatus.GRANTED;
            case STOPPED -> throw StatusMove.refusal(status, InitiativeStatus.EXTENDED);
            default -> firstMoney ? status : InitiativeStatus.EXTENDED;
        };
        LocalDate plannedEnd = current.value2();
        if (periodEnd != null && (plannedEnd == null || periodEnd.isAfter(plannedEnd))) {
            plannedEnd = periodEnd;
        }
        var update = db.update(INITIATIVE)
                .set(INITIATIVE.STATUS, next)
                .set(INITIATIVE.PLANNED_END_DATE, plannedEnd)
                .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1));
        if (status == InitiativeStatus.ENDED && next == InitiativeStatus.EXTENDED) {
            update = update.set(INITIATIVE.ACTUAL_END_DATE, (LocalDate) null);
        }
        ConcurrentEditException.requireUpdated(update.where(INITIATIVE.ID.eq(initiativeId))
                .and(INITIATIVE.VERSION.eq(current.value3())).execute());
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
}
