package se.samordnaren.budget;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.BUDGET_AMOUNT;
import static se.samordnaren.db.Tables.BUDGET_ITEM;
import static se.samordnaren.db.Tables.BUDGET_VERSION;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * Budget test rows written straight to the database (names carry a tag). Other features' vocabulary columns are
 * written by their SQL value, so this fixture does not depend on those features' Java types.
 */
final class BudgetTestData {

    private final DSLContext db;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    private Long bodyId;

    BudgetTestData(DSLContext db) {
        this.db = db;
    }

    String name(String base) {
        return base + " " + tag;
    }

    long member(String name, String type) {
        return db.insertInto(MEMBER).set(MEMBER.NAME, name(name)).set(text(MEMBER.MEMBER_TYPE), type)
                .returning(MEMBER.ID).fetchSingle(MEMBER.ID);
    }

    long item(String base, BudgetCategory category) {
        return item(base, category, null, null);
    }

    long item(String base, BudgetCategory category, Long memberId, Long initiativeId) {
        return db.insertInto(BUDGET_ITEM).set(BUDGET_ITEM.NAME, name(base))
                .set(BUDGET_ITEM.DIRECTION, category.direction()).set(BUDGET_ITEM.CATEGORY, category)
                .set(BUDGET_ITEM.MEMBER_ID, memberId).set(BUDGET_ITEM.INITIATIVE_ID, initiativeId)
                .returning(BUDGET_ITEM.ID).fetchSingle(BUDGET_ITEM.ID);
    }

    long version(int year, BudgetVersionKind kind, String base) {
        return db.insertInto(BUDGET_VERSION).set(BUDGET_VERSION.YEAR, year).set(BUDGET_VERSION.KIND, kind)
                .set(BUDGET_VERSION.NAME, name(base)).returning(BUDGET_VERSION.ID).fetchSingle(BUDGET_VERSION.ID);
    }

    void amount(long versionId, long itemId, int year, long amount) {
        db.insertInto(BUDGET_AMOUNT).set(BUDGET_AMOUNT.BUDGET_VERSION_ID, versionId)
                .set(BUDGET_AMOUNT.BUDGET_ITEM_ID, itemId).set(BUDGET_AMOUNT.YEAR, year)
                .set(BUDGET_AMOUNT.AMOUNT, BigDecimal.valueOf(amount)).execute();
    }

    /** Marks the version decided straight in the database (as the demo does). */
    void decide(long versionId, long decisionId) {
        db.update(BUDGET_VERSION).set(BUDGET_VERSION.DECISION_ID, decisionId).where(BUDGET_VERSION.ID.eq(versionId)).execute();
    }

    /** A decision of a new meeting of the board ("Styrelsen <tag>"), at § {@code number}. */
    Decision decision(LocalDate date, String outcome, int number, String title) {
        if (bodyId == null) {
            bodyId = db.insertInto(BODY).set(BODY.NAME, "Styrelsen " + tag).set(text(BODY.BODY_TYPE), "BOARD")
                    .set(BODY.DECISION_VERB, "Styrelsen beslutade").returning(BODY.ID).fetchSingle(BODY.ID);
        }
        long meetingId = db.insertInto(MEETING).set(MEETING.BODY_ID, bodyId).set(MEETING.MEETING_DATE, date)
                .returning(MEETING.ID).fetchSingle(MEETING.ID);
        long itemId = db.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, meetingId).set(AGENDA_ITEM.NUMBER, number)
                .set(AGENDA_ITEM.TITLE, title).set(text(AGENDA_ITEM.KIND), "DECISION")
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
        Long proposalTo = null;
        if (outcome.equals("PROPOSAL")) {
            proposalTo = db.insertInto(BODY).set(BODY.NAME, "Stämman " + UUID.randomUUID()).set(text(BODY.BODY_TYPE), "OTHER")
                    .set(BODY.DECISION_VERB, "Stämman beslutade").returning(BODY.ID).fetchSingle(BODY.ID);
        }
        long decisionId = db.insertInto(DECISION).set(DECISION.ITEM_ID, itemId).set(text(DECISION.OUTCOME), outcome)
                .set(DECISION.PROPOSAL_TO_BODY_ID, proposalTo)
                .returning(DECISION.ID).fetchSingle(DECISION.ID);
        return new Decision(decisionId, meetingId, "Styrelsen " + tag, date, number);
    }

    /** Approves (justerar) the meeting's minutes straight in the database. */
    void approve(long meetingId, LocalDate on) {
        db.update(MEETING).set(text(MEETING.STATUS), "HELD").where(MEETING.ID.eq(meetingId)).execute();
        db.update(MEETING).set(MEETING.APPROVAL_DATE, on).set(MEETING.APPROVAL_PLACE, "Kristallen")
                .set(MEETING.APPROVED_AT, on.atTime(15, 0).atOffset(java.time.ZoneOffset.ofHours(1)))
                .where(MEETING.ID.eq(meetingId)).execute();
    }

    record Decision(long id, long meetingId, String bodyName, LocalDate date, int paragraph) {
    }

    /** An insats (running, owned by a named owner) with granted money per year as opening balances. */
    long initiative(String base, int[] years, long[] amounts) {
        long id = db.insertInto(INITIATIVE).set(INITIATIVE.NAME, name(base)).set(INITIATIVE.OWNER_NAME, "Ägare " + tag)
                .set(text(INITIATIVE.STATUS), "RUNNING").set(INITIATIVE.START_DATE, LocalDate.of(2020, 1, 1))
                .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
        for (int i = 0; i < years.length; i++) {
            db.insertInto(INITIATIVE_GRANT).set(INITIATIVE_GRANT.INITIATIVE_ID, id).set(INITIATIVE_GRANT.YEAR, years[i])
                    .set(text(INITIATIVE_GRANT.KIND), "GRANT").set(INITIATIVE_GRANT.AMOUNT, BigDecimal.valueOf(amounts[i]))
                    .set(INITIATIVE_GRANT.IS_OPENING_BALANCE, true)
                    .set(INITIATIVE_GRANT.OPENING_DECIDED_ON, LocalDate.of(2019, 11, 29))
                    .set(INITIATIVE_GRANT.OPENING_REFERENCE, "Styrelsen 2019-11-29 § 7").execute();
        }
        return id;
    }

    /** Another feature's vocabulary column, written by its SQL value. */
    private static Field<String> text(Field<?> column) {
        return DSL.field(DSL.name(column.getName()), String.class);
    }
}
