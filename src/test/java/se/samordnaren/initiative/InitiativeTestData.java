package se.samordnaren.initiative;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import se.samordnaren.meeting.DecisionOutcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import se.samordnaren.people.BodyType;

import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.PERSON;

/** Insats test rows written straight to the database (names carry a tag, so a test finds its own rows). */
final class InitiativeTestData {

    private final DSLContext db;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    private Long bodyId;
    private Long proposalTo;
    private int paragraph;

    InitiativeTestData(DSLContext db) {
        this.db = db;
    }

    String name(String base) {
        return base + " " + tag;
    }

    /** A person in the people register ("<fullName> <tag>", from a free organisation); returns the id. */
    long person(String fullName, String organisation) {
        return db.insertInto(PERSON).set(PERSON.FULL_NAME, name(fullName)).set(PERSON.ORGANISATION, organisation)
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    /** A decision of its own body ("Styrelsen-<tag>"), at a new meeting on {@code date}; returns the decision id. */
    Decision decision(LocalDate date, DecisionOutcome outcome) {
        if (bodyId == null) {
            bodyId = db.insertInto(BODY).set(BODY.NAME, "Styrelsen " + tag).set(text(BODY.BODY_TYPE), "BOARD")
                    .set(BODY.DECISION_VERB, "Styrelsen beslutade").returning(BODY.ID).fetchSingle(BODY.ID);
        }
        long meetingId = db.insertInto(MEETING).set(MEETING.BODY_ID, bodyId).set(MEETING.MEETING_DATE, date)
                .returning(MEETING.ID).fetchSingle(MEETING.ID);
        int number = ++paragraph;
        long itemId = db.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, meetingId).set(AGENDA_ITEM.NUMBER, number)
                .set(AGENDA_ITEM.TITLE, "Medel till insats").set(text(AGENDA_ITEM.KIND), "DECISION")
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
        if (outcome == DecisionOutcome.PROPOSAL && proposalTo == null) {
            proposalTo = db.insertInto(BODY).set(BODY.NAME, "Förbundsstämman " + tag).set(text(BODY.BODY_TYPE), "OTHER")
                    .set(BODY.DECISION_VERB, "Stämman beslutade").returning(BODY.ID).fetchSingle(BODY.ID);
        }
        long decisionId = db.insertInto(DECISION).set(DECISION.ITEM_ID, itemId).set(text(DECISION.OUTCOME), outcome.name())
                .set(DECISION.PROPOSAL_TO_BODY_ID, outcome == DecisionOutcome.PROPOSAL ? proposalTo : null)
                .returning(DECISION.ID).fetchSingle(DECISION.ID);
        return new Decision(decisionId, meetingId, "Styrelsen " + tag, date, number);
    }

    /** Another feature's vocabulary column, written by its SQL value whether or not that feature maps it to an enum. */
    private static Field<String> text(Field<?> column) {
        return DSL.field(DSL.name(column.getName()), String.class);
    }

    record Decision(long id, long meetingId, String bodyName, LocalDate date, int paragraph) {
    }

    long initiative(String base, InitiativeStatus status, LocalDate start, LocalDate plannedEnd) {
        return db.insertInto(INITIATIVE).set(INITIATIVE.NAME, name(base)).set(INITIATIVE.OWNER_NAME, "Ägare " + tag)
                .set(INITIATIVE.STATUS, status).set(INITIATIVE.START_DATE, start).set(INITIATIVE.PLANNED_END_DATE, plannedEnd)
                .set(INITIATIVE.ORIENTATION, Orientation.INDIVIDUAL)
                .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
    }

    void grant(long initiativeId, int year, long amount, long decisionId) {
        db.insertInto(INITIATIVE_GRANT).set(INITIATIVE_GRANT.INITIATIVE_ID, initiativeId).set(INITIATIVE_GRANT.YEAR, year)
                .set(INITIATIVE_GRANT.KIND, GrantKind.GRANT).set(INITIATIVE_GRANT.AMOUNT, BigDecimal.valueOf(amount))
                .set(INITIATIVE_GRANT.DECISION_ID, decisionId).execute();
    }
}
