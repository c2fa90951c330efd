package se.samordnaren.budget;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Money;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.MinutesService;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.BUDGET_AMOUNT;
import static se.samordnaren.db.Tables.BUDGET_ITEM;
import static se.samordnaren.db.Tables.BUDGET_VERSION;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.DECISION_PLACE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT_YEAR;

/**
 * Budgets are written by the förbundschef and the ekonom: items, versions (empty or copied with their amounts), the
 * amounts per item and year, the insats lines filled from the year's grants, and the deciding §. A decided version
 * is read-only; the service says so first, and the database refuses it anyway (budget_version_decided). Every
 * update carries the version number the user saw. Reads are in {@link BudgetQueries}; database refusals become
 * Swedish messages through {@link BudgetRefusals}.
 */
@Service
public class BudgetService {

    /** The first and last budget year the database accepts (budget_version_year_check). */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final DSLContext db;
    private final MinutesService minutes;

    BudgetService(DSLContext db, MinutesService minutes) {
        this.db = db;
        this.minutes = minutes;
    }

    /**
     * Whether a budget may rest on a decision with this outcome: an approval, a grant, a § noted or a delegation
     * decision reported — never a proposal, a rejection, a referral back or a postponement. The database's
     * check_money_decision says the same (a test holds them equal); a new outcome does not compile until placed here.
     */
    public static boolean decides(DecisionOutcome outcome) {
        return switch (outcome) {
            case APPROVED, GRANTED, NOTED, DELEGATION_REPORTED -> true;
            case REJECTED, REFERRED_BACK, POSTPONED, PROPOSAL -> false;
        };
    }

    // ---------------------------------------------------------------- items

    /** Creates (id null) or updates a budget item; its direction follows its category. Returns its id. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public long saveItem(BudgetItemDraft d) {
        String name = blankToNull(d.name());
        if (name == null) {
            throw new UserFacingException("budget.error.itemNameRequired");
        }
        Texts.requireMaxLength(name, Texts.SHORT, "budget.item.name");
        BudgetCategory category = d.category();
        if (category == null) {
            throw new UserFacingException("budget.error.categoryRequired");
        }
        Long memberId = category == BudgetCategory.ALLOCATION ? d.memberId() : null;
        if (category == BudgetCategory.ALLOCATION && memberId == null) {
            throw new UserFacingException("budget.error.memberRequired");
        }
        Long initiativeId = category == BudgetCategory.INITIATIVE ? d.initiativeId() : null;
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(BUDGET_ITEM.NAME, name);
        values.put(BUDGET_ITEM.DIRECTION, DSL.val(category.direction(), BUDGET_ITEM.DIRECTION));
        values.put(BUDGET_ITEM.CATEGORY, DSL.val(category, BUDGET_ITEM.CATEGORY));
        values.put(BUDGET_ITEM.MEMBER_ID, memberId);
        values.put(BUDGET_ITEM.INITIATIVE_ID, initiativeId);
        values.put(BUDGET_ITEM.POSITION, d.position());
        values.put(BUDGET_ITEM.ACTIVE, d.active());
        if (d.id() == null) {
            return db.insertInto(BUDGET_ITEM).set(values).returning(BUDGET_ITEM.ID).fetchSingle(BUDGET_ITEM.ID);
        }
        BudgetDirection before = db.select(BUDGET_ITEM.DIRECTION).from(BUDGET_ITEM).where(BUDGET_ITEM.ID.eq(d.id()))
                .fetchOptional(BUDGET_ITEM.DIRECTION).orElseThrow(ConcurrentEditException::new);
        if (before != category.direction() && usedInDecidedVersion(d.id())) {
            throw new UserFacingException("budget.error.directionDecided");
        }
        int rows = db.update(BUDGET_ITEM)
                .set(values)
                .set(BUDGET_ITEM.VERSION, BUDGET_ITEM.VERSION.plus(1))
                .where(BUDGET_ITEM.ID.eq(d.id()).and(BUDGET_ITEM.VERSION.eq(d.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
        return d.id();
    }

    private boolean usedInDecidedVersion(long itemId) {
        return db.fetchExists(selectOne().from(BUDGET_AMOUNT)
                .join(BUDGET_VERSION).on(BUDGET_VERSION.ID.eq(BUDGET_AMOUNT.BUDGET_VERSION_ID))
                .where(BUDGET_AMOUNT.BUDGET_ITEM_ID.eq(itemId))
                .and(BUDGET_VERSION.DECISION_ID.isNotNull()));
    }

    // ---------------------------------------------------------------- versions

    /**
     * A new version of a year's budget, empty or a copy of another version: the copy takes every amount of the
     * source that falls within the new version's years (budget year and two plan years). Returns its id.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public long createVersion(NewBudgetVersion n) {
        requireYear(n.year());
        if (n.kind() == null) {
            throw new UserFacingException("budget.error.kindRequired");
        }
        String name = requiredName(n.name());
        String note = Texts.requireMaxLength(blankToNull(n.note()), Texts.LONG, "budget.version.note");
        if (n.copyFromId() != null && !db.fetchExists(BUDGET_VERSION, BUDGET_VERSION.ID.eq(n.copyFromId()))) {
            throw new UserFacingException("budget.error.versionGone");
        }
        long id = db.insertInto(BUDGET_VERSION)
                .set(BUDGET_VERSION.YEAR, n.year())
                .set(BUDGET_VERSION.KIND, DSL.val(n.kind(), BUDGET_VERSION.KIND))
                .set(BUDGET_VERSION.NAME, name)
                .set(BUDGET_VERSION.NOTE, note)
                .set(BUDGET_VERSION.COPIED_FROM_ID, n.copyFromId())
                .returning(BUDGET_VERSION.ID).fetchSingle(BUDGET_VERSION.ID);
        if (n.copyFromId() != null) {
            var source = BUDGET_AMOUNT.as("source");
            db.insertInto(BUDGET_AMOUNT, BUDGET_AMOUNT.BUDGET_VERSION_ID, BUDGET_AMOUNT.BUDGET_ITEM_ID,
                            BUDGET_AMOUNT.YEAR, BUDGET_AMOUNT.AMOUNT, BUDGET_AMOUNT.NOTE)
                    .select(select(DSL.val(id), source.BUDGET_ITEM_ID, source.YEAR, source.AMOUNT, source.NOTE)
                            .from(source)
                            .where(source.BUDGET_VERSION_ID.eq(n.copyFromId()))
                            .and(source.YEAR.between(n.year(), n.year() + 2)))
                    .execute();
        }
        return id;
    }

    /** Renames a version, changes its kind or its note. Once decided only the note may change. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void updateVersion(BudgetVersionEdit e) {
        String name = requiredName(e.name());
        if (e.kind() == null) {
            throw new UserFacingException("budget.error.kindRequired");
        }
        String note = Texts.requireMaxLength(blankToNull(e.note()), Texts.LONG, "budget.version.note");
        var current = db.select(BUDGET_VERSION.NAME, BUDGET_VERSION.KIND, BUDGET_VERSION.DECISION_ID)
                .from(BUDGET_VERSION).where(BUDGET_VERSION.ID.eq(e.id()))
                .fetchOptional().orElseThrow(ConcurrentEditException::new);
        if (current.value3() != null && (!current.value1().equals(name) || current.value2() != e.kind())) {
            throw new UserFacingException("budget.error.decided");
        }
        int rows = db.update(BUDGET_VERSION)
                .set(BUDGET_VERSION.NAME, name)
                .set(BUDGET_VERSION.KIND, DSL.val(e.kind(), BUDGET_VERSION.KIND))
                .set(BUDGET_VERSION.NOTE, note)
                .set(BUDGET_VERSION.VERSION, BUDGET_VERSION.VERSION.plus(1))
                .where(BUDGET_VERSION.ID.eq(e.id()).and(BUDGET_VERSION.VERSION.eq(e.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
    }

    /**
     * Deletes a version that is not decided, with its amounts. Versions copied from it forget where they came from;
     * a version that a decided one was copied from, or that a § links to, stays.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void deleteVersion(long id, int version) {
        var current = db.select(BUDGET_VERSION.DECISION_ID, BUDGET_VERSION.RECORD_ID).from(BUDGET_VERSION)
                .where(BUDGET_VERSION.ID.eq(id)).fetchOptional().orElseThrow(ConcurrentEditException::new);
        if (current.value1() != null) {
            throw new UserFacingException("budget.error.decidedDelete");
        }
        if (db.fetchExists(DECISION_LINK, DECISION_LINK.RECORD_ID.eq(current.value2()))) {
            throw new UserFacingException("budget.error.versionLinked");
        }
        if (db.fetchExists(BUDGET_VERSION, BUDGET_VERSION.COPIED_FROM_ID.eq(id).and(BUDGET_VERSION.DECISION_ID.isNotNull()))) {
            throw new UserFacingException("budget.error.copiedIntoDecided");
        }
        db.update(BUDGET_VERSION)
                .setNull(BUDGET_VERSION.COPIED_FROM_ID)
                .where(BUDGET_VERSION.COPIED_FROM_ID.eq(id))
                .execute();
        int rows = db.deleteFrom(BUDGET_VERSION)
                .where(BUDGET_VERSION.ID.eq(id).and(BUDGET_VERSION.VERSION.eq(version)))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
    }

    // ---------------------------------------------------------------- amounts

    /**
     * Saves one cell: a new amount, a changed one (stale: refused) or an emptied one (removed). Zero is an amount.
     * Returns the cell's row now, so the user can go on editing it.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public SavedAmount setAmount(AmountChange c) {
        BigDecimal amount = Money.requireValid(c.amount());
        if (amount != null && amount.signum() < 0) {
            throw new UserFacingException("budget.error.amountNegative");
        }
        int year = requireOpenVersionCovering(c.versionId(), c.year());
        if (c.amountId() == null) {
            if (amount == null) {
                return new SavedAmount(null, null);
            }
            long id = db.insertInto(BUDGET_AMOUNT)
                    .set(BUDGET_AMOUNT.BUDGET_VERSION_ID, c.versionId())
                    .set(BUDGET_AMOUNT.BUDGET_ITEM_ID, c.itemId())
                    .set(BUDGET_AMOUNT.YEAR, year)
                    .set(BUDGET_AMOUNT.AMOUNT, amount)
                    .returning(BUDGET_AMOUNT.ID).fetchSingle(BUDGET_AMOUNT.ID);
            return new SavedAmount(id, 1);
        }
        var same = BUDGET_AMOUNT.ID.eq(c.amountId()).and(BUDGET_AMOUNT.VERSION.eq(c.amountVersion()))
                .and(BUDGET_AMOUNT.BUDGET_VERSION_ID.eq(c.versionId())).and(BUDGET_AMOUNT.BUDGET_ITEM_ID.eq(c.itemId()))
                .and(BUDGET_AMOUNT.YEAR.eq(year));
        if (amount == null) {
            ConcurrentEditException.requireUpdated(db.deleteFrom(BUDGET_AMOUNT).where(same).execute());
            return new SavedAmount(null, null);
        }
        ConcurrentEditException.requireUpdated(db.update(BUDGET_AMOUNT)
                .set(BUDGET_AMOUNT.AMOUNT, amount)
                .set(BUDGET_AMOUNT.VERSION, BUDGET_AMOUNT.VERSION.plus(1))
                .where(same)
                .execute());
        return new SavedAmount(c.amountId(), c.amountVersion() + 1);
    }

    /**
     * Fills the insats lines of an undecided version from the money granted to each line's insats in each of the
     * version's years (initiative_grant_year; zero where everything granted was freed). Other lines and years
     * without grants are left as they are. Returns how many cells got a new amount.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public int prefillInitiatives(long versionId) {
        int year = requireOpenVersionCovering(versionId, null);
        var grants = INITIATIVE_GRANT_YEAR.as("grants");
        var item = BUDGET_ITEM.as("item");
        return db.insertInto(BUDGET_AMOUNT, BUDGET_AMOUNT.BUDGET_VERSION_ID, BUDGET_AMOUNT.BUDGET_ITEM_ID,
                        BUDGET_AMOUNT.YEAR, BUDGET_AMOUNT.AMOUNT)
                .select(select(DSL.val(versionId), item.ID, grants.YEAR, grants.GRANTED_TOTAL)
                        .from(item)
                        .join(grants).on(grants.INITIATIVE_ID.eq(item.INITIATIVE_ID))
                        .where(item.ACTIVE)
                        .and(grants.YEAR.between(year, year + 2)))
                .onConflict(BUDGET_AMOUNT.BUDGET_VERSION_ID, BUDGET_AMOUNT.BUDGET_ITEM_ID, BUDGET_AMOUNT.YEAR)
                .doUpdate()
                .set(BUDGET_AMOUNT.AMOUNT, DSL.excluded(BUDGET_AMOUNT.AMOUNT))
                .set(BUDGET_AMOUNT.VERSION, BUDGET_AMOUNT.VERSION.plus(1))
                .where(BUDGET_AMOUNT.AMOUNT.ne(DSL.excluded(BUDGET_AMOUNT.AMOUNT)))
                .execute();
    }

    /**
     * The version's year, refusing a version that is gone or decided, and a year outside the version's budget year and
     * two plan years ({@code year} null: no year to check).
     */
    private int requireOpenVersionCovering(long versionId, Integer year) {
        var version = db.select(BUDGET_VERSION.YEAR, BUDGET_VERSION.DECISION_ID).from(BUDGET_VERSION)
                .where(BUDGET_VERSION.ID.eq(versionId)).fetchOptional()
                .orElseThrow(() -> new UserFacingException("budget.error.versionGone"));
        if (version.value2() != null) {
            throw new UserFacingException("budget.error.decided");
        }
        int first = version.value1();
        if (year != null && (year < first || year > first + 2)) {
            throw new UserFacingException("budget.error.yearOutsidePlan", String.valueOf(year), String.valueOf(first),
                    String.valueOf(first + 2));
        }
        return year == null ? first : year;
    }

    // ---------------------------------------------------------------- decided

    /**
     * Marks a version decided at a § (a budget or a revised budget; from then on read-only). If that meeting's minutes
     * are still open, the § also gets a link to the version ("Budget: …") through the minutes.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void markDecided(long versionId, int version, BudgetVersionKind kind, long decisionId) {
        if (kind != BudgetVersionKind.BUDGET && kind != BudgetVersionKind.REVISED) {
            throw new UserFacingException("budget.error.decideKind");
        }
        var place = db.select(DECISION_PLACE.OUTCOME, DECISION_PLACE.MEETING_STATUS).from(DECISION_PLACE)
                .where(DECISION_PLACE.DECISION_ID.eq(decisionId)).fetchOptional()
                .orElseThrow(() -> new UserFacingException("budget.error.decisionGone"));
        if (!decides(DecisionOutcome.valueOf(place.value1()))) {
            throw new UserFacingException("budget.error.decisionNotDeciding");
        }
        if (db.fetchExists(BUDGET_VERSION, BUDGET_VERSION.DECISION_ID.eq(decisionId))) {
            throw new UserFacingException("budget.error.decisionUsed");
        }
        Long recordId = db.update(BUDGET_VERSION)
                .set(BUDGET_VERSION.DECISION_ID, decisionId)
                .set(BUDGET_VERSION.KIND, DSL.val(kind, BUDGET_VERSION.KIND))
                .set(BUDGET_VERSION.VERSION, BUDGET_VERSION.VERSION.plus(1))
                .where(BUDGET_VERSION.ID.eq(versionId))
                .and(BUDGET_VERSION.VERSION.eq(version))
                .and(BUDGET_VERSION.DECISION_ID.isNull())
                .returning(BUDGET_VERSION.RECORD_ID)
                .fetchOptional(BUDGET_VERSION.RECORD_ID)
                .orElseThrow(ConcurrentEditException::new);
        boolean minutesOpen = !"APPROVED".equals(place.value2());
        if (minutesOpen && !db.fetchExists(DECISION_LINK,
                DECISION_LINK.DECISION_ID.eq(decisionId).and(DECISION_LINK.RECORD_ID.eq(recordId)))) {
            minutes.addLink(decisionId, recordId, null);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new UserFacingException("budget.error.yearRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
    }

    private static String requiredName(String value) {
        String name = blankToNull(value);
        if (name == null) {
            throw new UserFacingException("budget.error.versionNameRequired");
        }
        return Texts.requireMaxLength(name, Texts.SHORT, "budget.version.name");
    }
}
