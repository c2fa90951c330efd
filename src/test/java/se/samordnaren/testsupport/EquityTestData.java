package se.samordnaren.testsupport;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.samordnaren.association.MemberType;
import se.samordnaren.budget.BudgetCategory;
import se.samordnaren.budget.BudgetVersionKind;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.ItemKind;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.people.BodyType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.BUDGET_AMOUNT;
import static se.samordnaren.db.Tables.BUDGET_ITEM;
import static se.samordnaren.db.Tables.BUDGET_VERSION;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * Rows the money tests (allocation, equity) write straight to the database: members, board decisions at meetings of
 * their own, approval of minutes, and decided budget versions with their amounts — the budget feature's tables,
 * written here with SQL because the forecast reads them.
 */
public final class EquityTestData {

    private final DSLContext db;
    private Long boardId;
    private int paragraph;

    public EquityTestData(DSLContext db) {
        this.db = db;
    }

    public long member(String name, MemberType type, Integer population) {
        return db.insertInto(MEMBER)
                .set(MEMBER.NAME, name)
                .set(MEMBER.MEMBER_TYPE, type)
                .set(MEMBER.POPULATION, population)
                .returning(MEMBER.ID).fetchSingle(MEMBER.ID);
    }

    /** Försäkringskassan, Arbetsförmedlingen, Region Skåne and Lunds kommun (population 124 935), as in the demo. */
    public Lund lund() {
        return new Lund(member("Försäkringskassan", MemberType.FORSAKRINGSKASSAN, null),
                member("Arbetsförmedlingen", MemberType.ARBETSFORMEDLINGEN, null),
                member("Region Skåne", MemberType.REGION, null),
                member("Lunds kommun", MemberType.MUNICIPALITY, 124_935));
    }

    public record Lund(long fk, long af, long region, long lund) {
    }

    /** A decision of the board ("Styrelsen") at a new meeting on {@code date}, § numbered in order. */
    public Decision decision(LocalDate date, DecisionOutcome outcome, String title) {
        if (boardId == null) {
            boardId = db.insertInto(BODY).set(BODY.NAME, "Styrelsen").set(BODY.BODY_TYPE, BodyType.BOARD)
                    .set(BODY.DECISION_VERB, "Styrelsen beslutade").returning(BODY.ID).fetchSingle(BODY.ID);
        }
        long meetingId = db.insertInto(MEETING).set(MEETING.BODY_ID, boardId).set(MEETING.MEETING_DATE, date)
                .returning(MEETING.ID).fetchSingle(MEETING.ID);
        int number = ++paragraph;
        long itemId = db.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, meetingId).set(AGENDA_ITEM.NUMBER, number)
                .set(AGENDA_ITEM.TITLE, title).set(AGENDA_ITEM.KIND, ItemKind.DECISION)
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
        Long proposalTo = outcome == DecisionOutcome.PROPOSAL
                ? db.insertInto(BODY).set(BODY.NAME, "Förbundsstämman " + number).set(BODY.BODY_TYPE, BodyType.OTHER)
                        .set(BODY.DECISION_VERB, "Stämman beslutade").returning(BODY.ID).fetchSingle(BODY.ID)
                : null;
        long decisionId = db.insertInto(DECISION).set(DECISION.ITEM_ID, itemId).set(DECISION.OUTCOME, outcome)
                .set(DECISION.PROPOSAL_TO_BODY_ID, proposalTo)
                .returning(DECISION.ID).fetchSingle(DECISION.ID);
        return new Decision(decisionId, meetingId, date, number);
    }

    public record Decision(long id, long meetingId, LocalDate date, int paragraph) {
    }

    /** Approves the minutes (as the demo does): from then on the approval lock refuses new links. */
    public void approve(long meetingId) {
        db.update(MEETING).set(MEETING.STATUS, MeetingStatus.HELD).where(MEETING.ID.eq(meetingId)).execute();
        db.update(MEETING).set(MEETING.APPROVAL_DATE, MEETING.MEETING_DATE.plus(10)).set(MEETING.APPROVAL_PLACE, "Kristallen")
                .set(MEETING.APPROVED_AT, DSL.currentOffsetDateTime()).where(MEETING.ID.eq(meetingId)).execute();
    }

    /**
     * A budget version decided at {@code decision}: amounts per item name and year (item name → year → amount). Items
     * are created on first use; "Tilldelning <member name>" is allocation income from that member, a name
     * starting with "Intäkt" other income, anything else a cost.
     */
    public long decidedBudget(int year, BudgetVersionKind kind, String name, long decisionId,
                              Map<String, Map<Integer, Long>> amounts) {
        long versionId = db.insertInto(BUDGET_VERSION).set(BUDGET_VERSION.YEAR, year).set(BUDGET_VERSION.KIND, kind)
                .set(BUDGET_VERSION.NAME, name).returning(BUDGET_VERSION.ID).fetchSingle(BUDGET_VERSION.ID);
        amounts.forEach((itemName, perYear) -> {
            long itemId = item(itemName);
            perYear.forEach((y, amount) -> db.insertInto(BUDGET_AMOUNT).set(BUDGET_AMOUNT.BUDGET_VERSION_ID, versionId)
                    .set(BUDGET_AMOUNT.BUDGET_ITEM_ID, itemId).set(BUDGET_AMOUNT.YEAR, y)
                    .set(BUDGET_AMOUNT.AMOUNT, BigDecimal.valueOf(amount)).execute());
        });
        db.update(BUDGET_VERSION).set(BUDGET_VERSION.DECISION_ID, decisionId).where(BUDGET_VERSION.ID.eq(versionId))
                .execute();
        return versionId;
    }

    private long item(String name) {
        Long existing = db.select(BUDGET_ITEM.ID).from(BUDGET_ITEM).where(BUDGET_ITEM.NAME.eq(name)).fetchOne(BUDGET_ITEM.ID);
        if (existing != null) {
            return existing;
        }
        BudgetCategory category = name.startsWith("Tilldelning") ? BudgetCategory.ALLOCATION
                : name.startsWith("Intäkt") ? BudgetCategory.OTHER_INCOME : BudgetCategory.OFFICE;
        Long memberId = null;
        if (category == BudgetCategory.ALLOCATION) {
            // "Tilldelning Region Skåne" is the allocation income from the member of that name.
            String memberName = name.substring("Tilldelning ".length());
            memberId = db.select(MEMBER.ID).from(MEMBER).where(MEMBER.NAME.eq(memberName)).fetchOne(MEMBER.ID);
            if (memberId == null) {
                memberId = member(memberName, MemberType.REGION, null);
            }
        }
        return db.insertInto(BUDGET_ITEM).set(BUDGET_ITEM.NAME, name).set(BUDGET_ITEM.CATEGORY, category)
                .set(BUDGET_ITEM.DIRECTION, category.direction()).set(BUDGET_ITEM.MEMBER_ID, memberId)
                .returning(BUDGET_ITEM.ID).fetchSingle(BUDGET_ITEM.ID);
    }
}
