package se.samordnaren.testsupport;

import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samordnaren.association.MemberType;
import se.samordnaren.budget.BudgetCategory;
import se.samordnaren.budget.BudgetVersionKind;
import se.samordnaren.initiative.GrantKind;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.Orientation;
import se.samordnaren.initiative.ReportKind;
import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.ItemKind;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.people.AppointmentRole;
import se.samordnaren.people.Body;
import se.samordnaren.people.BodyType;
import se.samordnaren.people.Person;
import se.samordnaren.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

import static se.samordnaren.db.Tables.ACCOUNT_MAPPING;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.AGENDA_ITEM_ATTENDANCE;
import static se.samordnaren.db.Tables.APPOINTMENT;
import static se.samordnaren.db.Tables.APP_USER;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.AUDIT_LOG;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.BUDGET_AMOUNT;
import static se.samordnaren.db.Tables.BUDGET_ITEM;
import static se.samordnaren.db.Tables.BUDGET_VERSION;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_CLAUSE;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.DECISION_REFERENCE;
import static se.samordnaren.db.Tables.FOLLOW_UP;
import static se.samordnaren.db.Tables.IDEA;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;
import static se.samordnaren.db.Tables.INITIATIVE_REPORT;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEETING_ATTENDANCE;
import static se.samordnaren.db.Tables.MEMBER;
import static se.samordnaren.db.Tables.PERSON;

/**
 * The one fixture builder of the suite: resets the shared test database and writes the rows a test needs straight
 * to it (no demo data in tests). Every test gets a fresh instance ({@code data} in {@link DatabaseTest} and
 * {@link ViewTest}). Names are stored exactly as passed; {@link #name} adds this test's {@link #tag} where a test
 * wants to find its own rows by text. The standard bodies ({@link #board()}, {@link #workingCommittee()},
 * {@link #assembly()}) are created on first use and carry the tag.
 * <p>
 * audit_log is append-only (a trigger refuses even TRUNCATE), so tests never clear it: they look only at rows after
 * {@link #maxAuditId()} or with a marker of their own.
 * <p>
 * One class rather than one per feature, so a test writer finds every row type in one place; the methods are
 * grouped by feature below.
 */
public final class TestData {

    private final DSLContext db;

    /** Eight characters unique to this instance (this test). */
    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** A made-up word of letters only, so full-text searches in tests find only this test's rows. */
    public final String word = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").replace('a', 'k').replace('e', 'w');

    private Long board;
    private Long workingCommittee;
    private Long assembly;
    private int boardParagraphs;

    public TestData(DSLContext db) {
        this.db = db;
    }

    /** Tables a reset keeps: the audit trail (append-only), the association row, lookups filled by migrations. */
    private static final List<String> KEPT = List.of("audit_log", "association", "linkable_kind",
            "databasechangelog", "databasechangeloglock");

    /**
     * Empties every data table (members, users, meetings, insatser …) and puts the association row back to the state
     * the migration left. Approved minutes are locked by triggers even against TRUNCATE; the test reset alone switches
     * triggers off for its own transaction (session_replication_role = replica), which the database superuser may.
     */
    public void reset() {
        db.transaction(tx -> {
            List<String> tables = tx.dsl().fetchValues(
                    "select tablename from pg_tables where schemaname = 'public' and tablename <> all(?::text[])",
                    (Object) KEPT.toArray(String[]::new)).stream().map(String::valueOf).toList();
            tx.dsl().execute("set local session_replication_role = replica");
            tx.dsl().execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
        });
        db.update(ASSOCIATION)
                .set(ASSOCIATION.NAME, "Samordningsförbundet")
                .setNull(ASSOCIATION.ORGANISATION_NUMBER)
                .setNull(ASSOCIATION.STREET_ADDRESS)
                .setNull(ASSOCIATION.POSTAL_CODE)
                .setNull(ASSOCIATION.CITY)
                .setNull(ASSOCIATION.EMAIL)
                .setNull(ASSOCIATION.NOTICE_BOARD_LOCATION)
                .setNull(ASSOCIATION.MINUTES_STORAGE_PLACE)
                .set(ASSOCIATION.PARAGRAPH_NUMBERING, se.samordnaren.association.ParagraphNumbering.PER_MEETING)
                .set(ASSOCIATION.APPEAL_PERIOD_DAYS, 21)
                .set(ASSOCIATION.NOTICE_DELAY_WORKING_DAYS, 1)
                .set(ASSOCIATION.SIGNATURE_REMINDER_DAYS, 3)
                .set(ASSOCIATION.VERSION, 1)
                .where(ASSOCIATION.ID.eq(1))
                .execute();
    }

    public long maxAuditId() {
        Long max = db.select(org.jooq.impl.DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    // ---------------------------------------------------------------- names

    /** {@code base} followed by this test's tag ("IRIS 1a2b3c4d"). */
    public String name(String base) {
        return base + " " + tag;
    }

    /** {@code prefix} followed by eight random characters, different on every call. */
    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---------------------------------------------------------------- users and members

    public long insertUser(PasswordEncoder encoder, String username, Role role, String password) {
        return db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.FULL_NAME, "Test " + username)
                .set(APP_USER.ROLE, role)
                .set(APP_USER.PASSWORD_HASH, encoder.encode(password))
                .returning(APP_USER.ID).fetchSingle(APP_USER.ID);
    }

    /** A user who cannot sign in (for tests that act through {@code @WithMockUser} but need the row), unless present. */
    public void ensureUser(String username, Role role) {
        ensureUser(username, "Test " + username, role);
    }

    public void ensureUser(String username, String fullName, Role role) {
        if (!db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username))) {
            db.insertInto(APP_USER).set(APP_USER.USERNAME, username).set(APP_USER.FULL_NAME, fullName)
                    .set(APP_USER.ROLE, role).set(APP_USER.PASSWORD_HASH, "{noop}x").execute();
        }
    }

    public long insertMember(String name, String type, BigDecimal municipalShare) {
        return db.insertInto(MEMBER)
                .set(MEMBER.NAME, name)
                .set(MEMBER.MEMBER_TYPE, se.samordnaren.association.MemberType.valueOf(type))
                .set(MEMBER.MUNICIPAL_SHARE, municipalShare)
                .returning(MEMBER.ID).fetchSingle(MEMBER.ID);
    }

    /** A member municipality with a short name. */
    public long municipality(String name, String shortName) {
        return db.insertInto(MEMBER).set(MEMBER.NAME, name).set(MEMBER.SHORT_NAME, shortName)
                .set(MEMBER.MEMBER_TYPE, se.samordnaren.association.MemberType.MUNICIPALITY)
                .returning(MEMBER.ID).fetchSingle(MEMBER.ID);
    }

    /** A member of this type named exactly {@code name} (population for a municipality's key, else null). */
    public long member(String name, MemberType type, Integer population) {
        return db.insertInto(MEMBER)
                .set(MEMBER.NAME, name)
                .set(MEMBER.MEMBER_TYPE, type)
                .set(MEMBER.POPULATION, population)
                .returning(MEMBER.ID).fetchSingle(MEMBER.ID);
    }

    /** Försäkringskassan, Arbetsförmedlingen, Region Skåne and Lunds kommun (population 124 935), as in the demo. */
    public LundMembers lundMembers() {
        return new LundMembers(member("Försäkringskassan", MemberType.FORSAKRINGSKASSAN, null),
                member("Arbetsförmedlingen", MemberType.ARBETSFORMEDLINGEN, null),
                member("Region Skåne", MemberType.REGION, null),
                member("Lunds kommun", MemberType.MUNICIPALITY, 124_935));
    }

    public record LundMembers(long fk, long af, long region, long lund) {
    }

    // ---------------------------------------------------------------- bodies and people

    /** "Styrelsen &lt;tag&gt;" (a board, "Styrelsen beslutade"), the same body on every call. */
    public long board() {
        if (board == null) {
            board = body(boardName(), BodyType.BOARD, "Styrelsen beslutade");
        }
        return board;
    }

    public String boardName() {
        return name("Styrelsen");
    }

    /** "Arbetsutskottet &lt;tag&gt;" (a working committee, "Arbetsutskottet föreslår"), the same body on every call. */
    public long workingCommittee() {
        if (workingCommittee == null) {
            workingCommittee = body(workingCommitteeName(), BodyType.WORKING_COMMITTEE, "Arbetsutskottet föreslår");
        }
        return workingCommittee;
    }

    public String workingCommitteeName() {
        return name("Arbetsutskottet");
    }

    /** "Förbundsstämman &lt;tag&gt;", where the board's proposals go; the same body on every call. */
    public long assembly() {
        if (assembly == null) {
            assembly = body(name("Förbundsstämman"), BodyType.OTHER, "Stämman beslutade");
        }
        return assembly;
    }

    /** A board named exactly {@code name} ("Styrelsen beslutade"). */
    public long body(String name) {
        return body(name, BodyType.BOARD, "Styrelsen beslutade");
    }

    public long body(String name, BodyType type, String decisionVerb) {
        return db.insertInto(BODY).set(BODY.NAME, name).set(BODY.BODY_TYPE, type).set(BODY.DECISION_VERB, decisionVerb)
                .returning(BODY.ID).fetchSingle(BODY.ID);
    }

    public long person(String fullName) {
        return person(fullName, null);
    }

    public long person(String fullName, String party) {
        return db.insertInto(PERSON).set(PERSON.FULL_NAME, fullName).set(PERSON.PARTY, party)
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    /** A person from an organisation that is not a member ("Vuxenskolan Skåne"). */
    public long personFrom(String fullName, String organisation) {
        return db.insertInto(PERSON).set(PERSON.FULL_NAME, fullName).set(PERSON.ORGANISATION, organisation)
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    /** A person who represents a member (their organisation is the member). */
    public long personOf(String fullName, long memberId) {
        return db.insertInto(PERSON).set(PERSON.FULL_NAME, fullName).set(PERSON.MEMBER_ID, memberId)
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    /** The person's id among the linkable records (what a decision link points to). */
    public long personRecord(long personId) {
        return db.select(PERSON.RECORD_ID).from(PERSON).where(PERSON.ID.eq(personId)).fetchSingle(PERSON.RECORD_ID);
    }

    /** The person sits in the body (representing a member, or null) from {@code from} to {@code to} (open when null). */
    public long appointment(long personId, long bodyId, AppointmentRole role, Long memberRepresentedId, LocalDate from,
                            LocalDate to) {
        return db.insertInto(APPOINTMENT).set(APPOINTMENT.PERSON_ID, personId).set(APPOINTMENT.BODY_ID, bodyId)
                .set(APPOINTMENT.ROLE, role).set(APPOINTMENT.MEMBER_REPRESENTED_ID, memberRepresentedId)
                .set(APPOINTMENT.VALID_FROM, from).set(APPOINTMENT.VALID_TO, to)
                .returning(APPOINTMENT.ID).fetchSingle(APPOINTMENT.ID);
    }

    /** A new body as the people services take it (not stored): type OTHER, "&lt;name&gt; beslutade". */
    public Body newBody(String name) {
        return new Body(null, name, null, BodyType.OTHER, name + " beslutade", null, null);
    }

    /** A new person as the people services take it (not stored), from "Testorganisation". */
    public Person newPerson(String fullName) {
        return new Person(null, fullName, null, null, null, "Testorganisation", null, null, null);
    }

    // ---------------------------------------------------------------- meetings

    /** A planned meeting in "Kommunhuset Kristallen". */
    public long meeting(long bodyId, LocalDate date) {
        return meeting(bodyId, date, "Kommunhuset Kristallen", MeetingStatus.PLANNED);
    }

    /** A meeting that has been held (its minutes not yet approved). */
    public long heldMeeting(long bodyId, LocalDate date, String location) {
        return meeting(bodyId, date, location, MeetingStatus.HELD);
    }

    public long meeting(long bodyId, LocalDate date, String location, MeetingStatus status) {
        return db.insertInto(MEETING).set(MEETING.BODY_ID, bodyId).set(MEETING.MEETING_DATE, date)
                .set(MEETING.LOCATION, location).set(MEETING.STATUS, status)
                .returning(MEETING.ID).fetchSingle(MEETING.ID);
    }

    /** The meeting's id among the linkable records (what a decision link points to). */
    public long meetingRecord(long meetingId) {
        return db.select(MEETING.RECORD_ID).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchSingle(MEETING.RECORD_ID);
    }

    public void attend(long meetingId, long personId, AttendanceRole role, String capacity, boolean chair, boolean approver,
                       int order) {
        db.insertInto(MEETING_ATTENDANCE)
                .set(MEETING_ATTENDANCE.MEETING_ID, meetingId)
                .set(MEETING_ATTENDANCE.PERSON_ID, personId)
                .set(MEETING_ATTENDANCE.ATTENDANCE_ROLE, role)
                .set(MEETING_ATTENDANCE.CAPACITY, capacity)
                .set(MEETING_ATTENDANCE.IS_CHAIR, chair)
                .set(MEETING_ATTENDANCE.IS_APPROVER, approver)
                .set(MEETING_ATTENDANCE.SORT_ORDER, order)
                .execute();
    }

    /** The person chairs the meeting (a decision maker). */
    public void chair(long meetingId, long personId) {
        attend(meetingId, personId, AttendanceRole.DECISION_MAKER, null, true, false, 1);
    }

    /**
     * A held board meeting in "Kommunhuset Kristallen" with chair, members, an approver, a substitute, the secretary and
     * another present for § 2 only, like the Lund protocol; the people's names end with this test's tag.
     */
    public long boardMeeting(long bodyId, LocalDate date) {
        long meetingId = heldMeeting(bodyId, date, "Kommunhuset Kristallen");
        attend(meetingId, person(name("Anna Andersson"), "s"), AttendanceRole.DECISION_MAKER, "Lunds kommun", true, false, 1);
        attend(meetingId, person(name("Bertil Berg")), AttendanceRole.DECISION_MAKER, "Försäkringskassan, vice ordf.", false, false, 2);
        attend(meetingId, person(name("Cecilia Ceder"), "l"), AttendanceRole.DECISION_MAKER, "Region Skåne", false, true, 3);
        attend(meetingId, person(name("David Dahl"), "mp"), AttendanceRole.SUBSTITUTE, "Region Skåne", false, false, 4);
        attend(meetingId, person(name("Eva Ek")), AttendanceRole.SECRETARY, "Förbundschef", false, false, 5);
        long other = person(name("Fia Fors"));
        attend(meetingId, other, AttendanceRole.OTHER_PRESENT, "FK, Beredningsgr.", false, false, 6);
        db.update(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.ONLY_ITEMS, "§ 2")
                .where(MEETING_ATTENDANCE.PERSON_ID.eq(other)).execute();
        return meetingId;
    }

    /** Approves the minutes ten days after the meeting in "Kristallen" (the meeting becomes APPROVED and locked). */
    public void approve(long meetingId) {
        LocalDate date = db.select(MEETING.MEETING_DATE).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchSingle(MEETING.MEETING_DATE);
        approve(meetingId, date.plusDays(10), "Kristallen", null, null);
    }

    public void approve(long meetingId, LocalDate approvalDate) {
        approve(meetingId, approvalDate, null, null, null);
    }

    /** Approves the minutes, then sets the notice dates (which stay open after approval). */
    public void approve(long meetingId, LocalDate approvalDate, String place, LocalDate noticePosted, LocalDate noticeRemoved) {
        db.update(MEETING)
                .set(MEETING.APPROVAL_DATE, approvalDate)
                .set(MEETING.APPROVAL_PLACE, place)
                .set(MEETING.APPROVED_AT, OffsetDateTime.now())
                .where(MEETING.ID.eq(meetingId)).execute();
        if (noticePosted != null || noticeRemoved != null) {
            db.update(MEETING)
                    .set(MEETING.NOTICE_POSTED_ON, noticePosted)
                    .set(MEETING.NOTICE_REMOVED_ON, noticeRemoved)
                    .where(MEETING.ID.eq(meetingId)).execute();
        }
    }

    // ---------------------------------------------------------------- paragraphs and decisions

    /** § {@code number} (kind DECISION), without a decision yet. */
    public long item(long meetingId, int number, String title, String bodyText) {
        return db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_ID, meetingId)
                .set(AGENDA_ITEM.NUMBER, number)
                .set(AGENDA_ITEM.TITLE, title)
                .set(AGENDA_ITEM.KIND, ItemKind.DECISION)
                .set(AGENDA_ITEM.BODY_TEXT, bodyText)
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
    }

    /** The §'s decision with its clauses in order (a PROPOSAL goes as {@link #paragraphWithDecision} says). */
    public long decision(long itemId, DecisionOutcome outcome, String... clauses) {
        return decision(itemId, null, outcome, clauses);
    }

    private long decision(long itemId, String intro, DecisionOutcome outcome, String... clauses) {
        long id = db.insertInto(DECISION)
                .set(DECISION.ITEM_ID, itemId)
                .set(DECISION.INTRO, intro)
                .set(DECISION.OUTCOME, outcome)
                .set(DECISION.PROPOSAL_TO_BODY_ID, outcome == DecisionOutcome.PROPOSAL ? proposalTarget(itemId) : null)
                .returning(DECISION.ID).fetchSingle(DECISION.ID);
        int position = 1;
        for (String clause : clauses) {
            db.insertInto(DECISION_CLAUSE)
                    .set(DECISION_CLAUSE.DECISION_ID, id)
                    .set(DECISION_CLAUSE.POSITION, position++)
                    .set(DECISION_CLAUSE.TEXT, clause)
                    .execute();
        }
        return id;
    }

    /** § {@code number} with a text ("Underlag för …") and an approval "Styrelsen beslutade" with one clause; the decision's id. */
    public long paragraphWithDecision(long meetingId, int number, String title, String clause) {
        return decision(item(meetingId, number, title, "Underlag för " + title.toLowerCase()), "Styrelsen beslutade",
                DecisionOutcome.APPROVED, clause);
    }

    /**
     * § {@code number} (no text) with a decision of this outcome and no clauses; the decision's id. A PROPOSAL goes to
     * the {@link #board()}, or from the board to the {@link #assembly()}.
     */
    public long paragraphWithDecision(long meetingId, int number, String title, DecisionOutcome outcome) {
        return decision(item(meetingId, number, title, null), outcome);
    }

    /** A decision of the {@link #board()} at a new meeting of its own; the §s are numbered on from 1 per instance. */
    public BoardDecision boardDecision(LocalDate date, DecisionOutcome outcome) {
        return boardDecision(date, outcome, "Medel till insats");
    }

    /** As {@link #boardDecision(LocalDate, DecisionOutcome)}, the § titled {@code title}. */
    public BoardDecision boardDecision(LocalDate date, DecisionOutcome outcome, String title) {
        return boardDecision(date, outcome, ++boardParagraphs, title);
    }

    /** As {@link #boardDecision(LocalDate, DecisionOutcome, String)}, at § {@code paragraph} ("Styrelsen &lt;tag&gt; 2020-11-27 § 5"). */
    public BoardDecision boardDecision(LocalDate date, DecisionOutcome outcome, int paragraph, String title) {
        long meetingId = meeting(board(), date);
        long id = paragraphWithDecision(meetingId, paragraph, title, outcome);
        return new BoardDecision(id, meetingId, boardName(), date, paragraph);
    }

    public record BoardDecision(long id, long meetingId, String bodyName, LocalDate date, int paragraph) {
    }

    private long proposalTarget(long itemId) {
        long bodyId = db.select(MEETING.BODY_ID).from(AGENDA_ITEM).join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(AGENDA_ITEM.ID.eq(itemId)).fetchSingle(MEETING.BODY_ID);
        return bodyId == board() ? assembly() : board();
    }

    public void itemAttendance(long itemId, long personId, boolean present, String note) {
        db.insertInto(AGENDA_ITEM_ATTENDANCE)
                .set(AGENDA_ITEM_ATTENDANCE.ITEM_ID, itemId)
                .set(AGENDA_ITEM_ATTENDANCE.PERSON_ID, personId)
                .set(AGENDA_ITEM_ATTENDANCE.PRESENT, present)
                .set(AGENDA_ITEM_ATTENDANCE.NOTE, note)
                .execute();
    }

    /** The decision is about the record (a meeting's, a person's, an insats's {@code record_id}). */
    public long link(long decisionId, long recordId) {
        return link(decisionId, recordId, null);
    }

    public long link(long decisionId, long recordId, String note) {
        return db.insertInto(DECISION_LINK)
                .set(DECISION_LINK.DECISION_ID, decisionId)
                .set(DECISION_LINK.RECORD_ID, recordId)
                .set(DECISION_LINK.NOTE, note)
                .returning(DECISION_LINK.ID).fetchSingle(DECISION_LINK.ID);
    }

    public long followUp(long decisionId, String description, Long responsiblePersonId, LocalDate dueDate) {
        return db.insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.DECISION_ID, decisionId)
                .set(FOLLOW_UP.DESCRIPTION, description)
                .set(FOLLOW_UP.RESPONSIBLE_PERSON_ID, responsiblePersonId)
                .set(FOLLOW_UP.DUE_DATE, dueDate)
                .returning(FOLLOW_UP.ID).fetchSingle(FOLLOW_UP.ID);
    }

    /**
     * A planned meeting of a body of its own on 2021-03-19 with a chair and {@code paragraphs} §, each with an approval
     * of two clauses, a link to the chair, a reference and a follow-up (the heavy screen of the statement counts).
     */
    public long fullMeeting(int paragraphs) {
        long meeting = meeting(body(unique("Styrelsen")), LocalDate.of(2021, 3, 19));
        long person = person(unique("Johan Ekdahl"));
        long personRecord = personRecord(person);
        chair(meeting, person);
        for (int n = 1; n <= paragraphs; n++) {
            long decision = paragraphWithDecision(meeting, n, "Ärende " + n, "Att bevilja medel för ärende " + n);
            db.insertInto(DECISION_CLAUSE).set(DECISION_CLAUSE.DECISION_ID, decision).set(DECISION_CLAUSE.POSITION, 2)
                    .set(DECISION_CLAUSE.TEXT, "Att återrapportera ärende " + n).execute();
            link(decision, personRecord, "Vald att justera");
            db.insertInto(DECISION_REFERENCE).set(DECISION_REFERENCE.DECISION_ID, decision).set(DECISION_REFERENCE.POSITION, 1)
                    .set(DECISION_REFERENCE.TEXT, "Bilaga " + n).execute();
            followUp(decision, "Redovisa ärende " + n, person, LocalDate.of(2021, 6, 11));
        }
        return meeting;
    }

    // ---------------------------------------------------------------- insatser

    /** An insats owned by "Ägare &lt;tag&gt;" (not a member), orientation INDIVIDUAL. */
    public long initiative(String name, InitiativeStatus status, LocalDate start, LocalDate plannedEnd) {
        return db.insertInto(INITIATIVE).set(INITIATIVE.NAME, name).set(INITIATIVE.OWNER_NAME, name("Ägare"))
                .set(INITIATIVE.STATUS, status).set(INITIATIVE.START_DATE, start).set(INITIATIVE.PLANNED_END_DATE, plannedEnd)
                .set(INITIATIVE.ORIENTATION, Orientation.INDIVIDUAL)
                .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
    }

    /** The insats's id among the linkable records (what a decision link points to). */
    public long initiativeRecord(long initiativeId) {
        return db.select(INITIATIVE.RECORD_ID).from(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).fetchSingle(INITIATIVE.RECORD_ID);
    }

    /** A report received from the insats (for attachments). */
    public long report(long initiativeId, ReportKind kind, LocalDate receivedOn) {
        return db.insertInto(INITIATIVE_REPORT).set(INITIATIVE_REPORT.INITIATIVE_ID, initiativeId)
                .set(INITIATIVE_REPORT.KIND, kind).set(INITIATIVE_REPORT.RECEIVED_ON, receivedOn)
                .returning(INITIATIVE_REPORT.ID).fetchSingle(INITIATIVE_REPORT.ID);
    }

    // ---------------------------------------------------------------- applications and ideas

    /** An idea proposed by someone who is not a member, with a rough amount for the year it is expected in. */
    public long idea(String title, String proposerName, int expectedYear, long roughAmount) {
        return db.insertInto(IDEA).set(IDEA.TITLE, title).set(IDEA.PROPOSER_NAME, proposerName)
                .set(IDEA.EXPECTED_YEAR, expectedYear).set(IDEA.ROUGH_AMOUNT, BigDecimal.valueOf(roughAmount))
                .returning(IDEA.ID).fetchSingle(IDEA.ID);
    }

    /** A first grant (kind GRANT) of whole kronor for the year, resting on the decision. */
    public void grant(long initiativeId, int year, long amount, long decisionId) {
        db.insertInto(INITIATIVE_GRANT).set(INITIATIVE_GRANT.INITIATIVE_ID, initiativeId).set(INITIATIVE_GRANT.YEAR, year)
                .set(INITIATIVE_GRANT.KIND, GrantKind.GRANT).set(INITIATIVE_GRANT.AMOUNT, BigDecimal.valueOf(amount))
                .set(INITIATIVE_GRANT.DECISION_ID, decisionId).execute();
    }

    // ---------------------------------------------------------------- money

    /** A budget item named exactly {@code name}, at position 0 (the items of a category then go by name). */
    public long budgetItem(String name, BudgetCategory category) {
        return budgetItem(name, category, null, null);
    }

    /** A budget item for a member's allocation ({@code memberId}) or an insats's line ({@code initiativeId}), else both null. */
    public long budgetItem(String name, BudgetCategory category, Long memberId, Long initiativeId) {
        return budgetItem(name, category, memberId, initiativeId, 0);
    }

    private long budgetItem(String name, BudgetCategory category, Long memberId, Long initiativeId, int position) {
        return db.insertInto(BUDGET_ITEM).set(BUDGET_ITEM.NAME, name).set(BUDGET_ITEM.CATEGORY, category)
                .set(BUDGET_ITEM.DIRECTION, category.direction()).set(BUDGET_ITEM.MEMBER_ID, memberId)
                .set(BUDGET_ITEM.INITIATIVE_ID, initiativeId).set(BUDGET_ITEM.POSITION, position)
                .returning(BUDGET_ITEM.ID).fetchSingle(BUDGET_ITEM.ID);
    }

    /** A budget version (not decided) named exactly {@code name}. */
    public long budgetVersion(int year, BudgetVersionKind kind, String name) {
        return db.insertInto(BUDGET_VERSION).set(BUDGET_VERSION.YEAR, year).set(BUDGET_VERSION.KIND, kind)
                .set(BUDGET_VERSION.NAME, name).returning(BUDGET_VERSION.ID).fetchSingle(BUDGET_VERSION.ID);
    }

    /** Whole kronor for the item and year in the version. */
    public void budgetAmount(long versionId, long itemId, int year, long amount) {
        db.insertInto(BUDGET_AMOUNT).set(BUDGET_AMOUNT.BUDGET_VERSION_ID, versionId)
                .set(BUDGET_AMOUNT.BUDGET_ITEM_ID, itemId).set(BUDGET_AMOUNT.YEAR, year)
                .set(BUDGET_AMOUNT.AMOUNT, BigDecimal.valueOf(amount)).execute();
    }

    /** Marks the version decided at the decision straight in the database (as the demo does). */
    public void decideBudget(long versionId, long decisionId) {
        db.update(BUDGET_VERSION).set(BUDGET_VERSION.DECISION_ID, decisionId).where(BUDGET_VERSION.ID.eq(versionId))
                .execute();
    }

    /**
     * A budget version decided at {@code decisionId}: amounts per item name and year (item name → year → amount),
     * written with SQL (the budget feature's tables) for the features that read budgets. Items are created on first
     * use: "Tilldelning &lt;member name&gt;" is allocation income from that member, a name starting with "Intäkt" other
     * income, anything else a cost.
     */
    public long decidedBudget(int year, BudgetVersionKind kind, String name, long decisionId,
                              Map<String, Map<Integer, Long>> amounts) {
        long versionId = budgetVersion(year, kind, name);
        amounts.forEach((itemName, perYear) -> {
            long itemId = budgetItemNamed(itemName);
            perYear.forEach((y, amount) -> budgetAmount(versionId, itemId, y, amount));
        });
        decideBudget(versionId, decisionId);
        return versionId;
    }

    private long budgetItemNamed(String name) {
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
        return budgetItem(name, category, memberId, null);
    }

    /**
     * Granted money per year (year → whole kronor) taken over as opening balances, decided before the system
     * ("Styrelsen 2019-11-29 § 7").
     */
    public void openingGrants(long initiativeId, Map<Integer, Long> amountPerYear) {
        new TreeMap<>(amountPerYear).forEach((year, amount) -> db.insertInto(INITIATIVE_GRANT)
                .set(INITIATIVE_GRANT.INITIATIVE_ID, initiativeId).set(INITIATIVE_GRANT.YEAR, year)
                .set(INITIATIVE_GRANT.KIND, GrantKind.GRANT).set(INITIATIVE_GRANT.AMOUNT, BigDecimal.valueOf(amount))
                .set(INITIATIVE_GRANT.IS_OPENING_BALANCE, true)
                .set(INITIATIVE_GRANT.OPENING_DECIDED_ON, LocalDate.of(2019, 11, 29))
                .set(INITIATIVE_GRANT.OPENING_REFERENCE, "Styrelsen 2019-11-29 § 7").execute());
    }

    /**
     * The {@link #lundMembers()} and the budget items of Lund as in docs/money.md (the budget feature creates them in
     * the demo), in this order as their positions; the insatser's lines have no insats behind them.
     */
    public LundBudget lundBudget() {
        LundMembers members = lundMembers();
        Map<String, Long> items = new LinkedHashMap<>();
        BiConsumer<String, BudgetCategory> item = (name, category) -> items.put(name,
                budgetItem(name, category, null, null, items.size()));
        items.put("Tilldelning Försäkringskassan",
                budgetItem("Tilldelning Försäkringskassan", BudgetCategory.ALLOCATION, members.fk(), null, items.size()));
        items.put("Tilldelning Region Skåne",
                budgetItem("Tilldelning Region Skåne", BudgetCategory.ALLOCATION, members.region(), null, items.size()));
        items.put("Tilldelning Lunds kommun",
                budgetItem("Tilldelning Lunds kommun", BudgetCategory.ALLOCATION, members.lund(), null, items.size()));
        item.accept("ESF-ersättning IRIS", BudgetCategory.OTHER_INCOME);
        item.accept("Kansli", BudgetCategory.OFFICE);
        item.accept("Styrelse och revision", BudgetCategory.BOARD);
        item.accept("Utbildning och konferenser", BudgetCategory.ACTIVITY);
        for (String initiative : List.of("En väg in", "IRIS", "Insam", "USB", "Kompenstrappan",
                "Strategisk arbetsmarknadssamordning", "Arbetsmarknadsanalys för Lunds kommun")) {
            item.accept(initiative, BudgetCategory.INITIATIVE);
        }
        item.accept("Övriga kostnader", BudgetCategory.OTHER_COST);
        return new LundBudget(members, Collections.unmodifiableMap(items));
    }

    /** Lund's members and budget items (item name → id). */
    public record LundBudget(LundMembers members, Map<String, Long> items) {

        public long item(String name) {
            Long id = items.get(name);
            if (id == null) {
                throw new IllegalArgumentException("no budget item " + name);
            }
            return id;
        }
    }

    /**
     * A rule of the account mapping written straight into the table (the service's own checks are tested apart): the
     * account and/or the object ("6:IRIS", dimension:object) go to the budget item, or are ignored when it is null.
     */
    public long accountRule(String account, String objectKey, Long budgetItemId) {
        Integer dimension = objectKey == null ? null : Integer.valueOf(objectKey.substring(0, objectKey.indexOf(':')));
        String object = objectKey == null ? null : objectKey.substring(objectKey.indexOf(':') + 1);
        return db.insertInto(ACCOUNT_MAPPING)
                .set(ACCOUNT_MAPPING.ACCOUNT, account)
                .set(ACCOUNT_MAPPING.DIMENSION, dimension)
                .set(ACCOUNT_MAPPING.OBJECT, object)
                .set(ACCOUNT_MAPPING.BUDGET_ITEM_ID, budgetItemId)
                .set(ACCOUNT_MAPPING.IGNORED, budgetItemId == null)
                .returning(ACCOUNT_MAPPING.ID).fetchSingle(ACCOUNT_MAPPING.ID);
    }

    /** Lund's budget with the rules of the account mapping the Lund demo uses (demo/930-money-bookkeeping.sql holds the same). */
    public LundBudget lundBudgetWithAccountRules() {
        LundBudget lund = lundBudget();
        accountRule("3011", null, lund.item("Tilldelning Försäkringskassan"));
        accountRule("3012", null, lund.item("Tilldelning Region Skåne"));
        accountRule("3013", null, lund.item("Tilldelning Lunds kommun"));
        accountRule("3990", "6:IRIS", lund.item("ESF-ersättning IRIS"));
        accountRule(null, "1:10", lund.item("Kansli"));
        accountRule(null, "1:20", lund.item("Styrelse och revision"));
        accountRule(null, "6:EVI", lund.item("En väg in"));
        accountRule(null, "6:IRIS", lund.item("IRIS"));
        accountRule(null, "6:INSAM", lund.item("Insam"));
        accountRule(null, "6:USB", lund.item("USB"));
        accountRule(null, "6:KOMP", lund.item("Kompenstrappan"));
        accountRule(null, "6:SAS", lund.item("Strategisk arbetsmarknadssamordning"));
        accountRule(null, "6:AMA", lund.item("Arbetsmarknadsanalys för Lunds kommun"));
        accountRule("5010", null, lund.item("Kansli"));
        accountRule("7610", null, lund.item("Utbildning och konferenser"));
        accountRule("5800", null, lund.item("Utbildning och konferenser"));
        accountRule("6990", null, lund.item("Övriga kostnader"));
        accountRule("6570", null, lund.item("Övriga kostnader"));
        accountRule("8310", null, null);
        return lund;
    }

    // ---------------------------------------------------------------- kallelse (invitation)

    /** A person of the register with an e-mail address (who gets the kallelse by e-mail when appointed). */
    public long invitee(String fullName, String email) {
        return db.insertInto(PERSON).set(PERSON.FULL_NAME, fullName).set(PERSON.EMAIL, email)
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    /** A point of a meeting's agenda (manual source) with its proposal clauses, one per line (null for none). */
    public long kallelsePoint(long meetingId, int position, String title, String description, String proposal) {
        var entry = se.samordnaren.db.Tables.AGENDA_ENTRY;
        return db.insertInto(entry).set(entry.MEETING_ID, meetingId).set(entry.POSITION, position)
                .set(entry.TITLE, title).set(entry.DESCRIPTION, description).set(entry.PROPOSAL, proposal)
                .set(entry.KIND, proposal == null ? se.samordnaren.meeting.ItemKind.INFORMATION : se.samordnaren.meeting.ItemKind.DECISION)
                .returning(entry.ID).fetchSingle(entry.ID);
    }

    /** A paper (a small PDF attachment owned by the point) of an agenda point; returns the attachment's id. */
    public long kallelsePaper(long entryId, String fileName) {
        var attachment = se.samordnaren.db.Tables.ATTACHMENT;
        long id = db.insertInto(attachment).set(attachment.FILE_NAME, fileName).set(attachment.CONTENT_TYPE, "application/pdf")
                .set(attachment.CONTENT, ("%PDF-1.4 " + fileName).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .set(attachment.AGENDA_ENTRY_ID, entryId)
                .returning(attachment.ID).fetchSingle(attachment.ID);
        var paper = se.samordnaren.db.Tables.AGENDA_ENTRY_PAPER;
        int position = db.fetchCount(paper, paper.ENTRY_ID.eq(entryId)) + 1;
        db.insertInto(paper).set(paper.ENTRY_ID, entryId).set(paper.ATTACHMENT_ID, id).set(paper.POSITION, position).execute();
        return id;
    }

    // ---------------------------------------------------------------- notice board and reminders (issue 11)

    /** Sets the anslag dates of approved minutes directly (posted, the appeal period's last day, taken down). */
    public void notice(long meetingId, LocalDate posted, LocalDate appealEnds, LocalDate removed) {
        db.update(MEETING)
                .set(MEETING.NOTICE_POSTED_ON, posted)
                .set(MEETING.NOTICE_APPEAL_ENDS_ON, appealEnds)
                .set(MEETING.NOTICE_REMOVED_ON, removed)
                .where(MEETING.ID.eq(meetingId)).execute();
    }

    /** The user account is the person of the register (app_user.person_id). */
    public void linkUser(String username, long personId) {
        db.update(APP_USER).set(APP_USER.PERSON_ID, personId).where(APP_USER.USERNAME.eq(username)).execute();
    }

    /** The minutes were sent for signing at {@code requestedAt} (meeting.signing_requested_at). */
    public void signingRequested(long meetingId, OffsetDateTime requestedAt) {
        db.update(MEETING).set(MEETING.SIGNING_REQUESTED_AT, requestedAt).where(MEETING.ID.eq(meetingId)).execute();
    }

    /** A signature on paper by the person at {@code signedAt}, without a content hash (as imported ones). */
    public void signedOnPaper(long meetingId, long personId, String name, OffsetDateTime signedAt) {
        signedOnPaper(meetingId, personId, name, signedAt, null);
    }

    /** A signature on paper by the person at {@code signedAt} of the content with that SHA-256 (hex). */
    public void signedOnPaper(long meetingId, long personId, String name, OffsetDateTime signedAt, String contentSha256) {
        db.insertInto(se.samordnaren.db.Tables.MINUTES_SIGNATURE)
                .set(se.samordnaren.db.Tables.MINUTES_SIGNATURE.MEETING_ID, meetingId)
                .set(se.samordnaren.db.Tables.MINUTES_SIGNATURE.PERSON_ID, personId)
                .set(se.samordnaren.db.Tables.MINUTES_SIGNATURE.SIGNER_NAME, name)
                .set(se.samordnaren.db.Tables.MINUTES_SIGNATURE.SIGNED_AT, signedAt)
                .set(se.samordnaren.db.Tables.MINUTES_SIGNATURE.METHOD, se.samordnaren.meeting.SignatureMethod.PAPER)
                .set(se.samordnaren.db.Tables.MINUTES_SIGNATURE.CONTENT_SHA256, contentSha256)
                .execute();
    }

    /** The person's e-mail address. */
    public void email(long personId, String email) {
        db.update(PERSON).set(PERSON.EMAIL, email).where(PERSON.ID.eq(personId)).execute();
    }

    // ---------------------------------------------------------------- agenda (issue 11)

    /** A small valid PDF ("%PDF-…") for attachments. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * An application from {@code applicant} (not a member), received on 2021-04-12 with one version titled
     * {@code title} asking for the amounts per year, and a PDF "Ansökan &lt;title&gt;.pdf"; the application's id.
     */
    public long application(String applicant, String title, Map<Integer, Long> amountPerYear) {
        long app = db.resultQuery("insert into funding_application (applicant_name, case_number) values (?, ?) returning id",
                applicant, "Dnr " + tag).fetchSingle(0, Long.class);
        long version = db.resultQuery("insert into funding_application_version (application_id, received_on, title) "
                + "values (?, date '2021-04-12', ?) returning id", app, title).fetchSingle(0, Long.class);
        amountPerYear.forEach((year, amount) -> db.execute(
                "insert into application_requested_amount (version_id, year, amount) values (?, ?, ?)", version, year, amount));
        db.execute("insert into attachment (file_name, content_type, content, application_version_id) values (?, 'application/pdf', ?, ?)",
                "Ansökan " + title + ".pdf", pdf(title), version);
        db.execute("insert into application_step (application_id, version_id, step, occurred_on) values (?, ?, 'RECEIVED', date '2021-04-12')",
                app, version);
        return app;
    }

    /** The beredningsgrupp's step on the application: recommendation APPROVE, REJECT or MORE_INFORMATION. */
    public void prepared(long applicationId, String recommendation, LocalDate on) {
        db.execute("insert into application_step (application_id, version_id, step, occurred_on, outcome) "
                + "select ?, max(id), 'PREPARED', ?, ? from funding_application_version where application_id = ?",
                applicationId, on, recommendation, applicationId);
    }

    /**
     * The working committee's proposal to the {@link #board()} on the application at § {@code number} of its meeting
     * (recommendation APPROVE or REJECT), as the AU_PROPOSAL step; the proposal decision's id.
     */
    public long committeeProposal(long applicationId, long committeeMeetingId, int number, String recommendation) {
        long decision = decision(item(committeeMeetingId, number, "Ansökan " + number, null), DecisionOutcome.PROPOSAL,
                "Att " + ("APPROVE".equals(recommendation) ? "bevilja" : "avslå") + " ansökan");
        db.execute("insert into application_step (application_id, version_id, step, outcome, decision_id) "
                + "select ?, max(id), 'AU_PROPOSAL', ?, ? from funding_application_version where application_id = ?",
                applicationId, recommendation, decision, applicationId);
        return decision;
    }

    /** A PDF attached to the report of an insats; the attachment's id. */
    public long reportAttachment(long reportId, String fileName) {
        return db.resultQuery("insert into attachment (file_name, content_type, content, report_id) values (?, 'application/pdf', ?, ?) returning id",
                fileName, pdf(fileName), reportId).fetchSingle(0, Long.class);
    }

    /** A follow-up of the decision due at a meeting (rather than by a date). */
    public long followUpAtMeeting(long decisionId, String description, long dueMeetingId) {
        return db.resultQuery("insert into follow_up (decision_id, description, due_meeting_id) values (?, ?, ?) returning id",
                decisionId, description, dueMeetingId).fetchSingle(0, Long.class);
    }

    // ---------------------------------------------------------------- justering (meeting.signing)

    /** A user who signs in with the password and is the person of the register (a signatory of minutes). */
    public long signatoryUser(PasswordEncoder encoder, String username, Role role, String password, long personId) {
        long id = insertUser(encoder, username, role, password);
        db.update(APP_USER).set(APP_USER.PERSON_ID, personId).where(APP_USER.ID.eq(id)).execute();
        return id;
    }
}
