package se.samordnaren.meeting;

import se.samordnaren.testsupport.DatabaseTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import se.samordnaren.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.postgresql.util.PSQLException;
import se.samordnaren.common.DatabaseRefusals;
import se.samordnaren.common.UserFacingException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.*;

/** Approved minutes never change: through the service, through plain SQL (jOOQ and JDBC). The view: MeetingViewTest. */
@WithMockUser(username = "lockchef", roles = "FORBUNDSCHEF")
class MeetingApprovalLockTest extends DatabaseTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesService minutes;
    @Autowired
    DataSource dataSource;

    long meetingId;
    Minutes approved;

    @BeforeEach
    void approvedMinutes() {
        data.ensureUser("lockchef", Role.FORBUNDSCHEF);
        long body = data.board();
        meetingId = data.meeting(body, LocalDate.of(2021, 3, 19));
        data.paragraphWithDecision(meetingId, 1, "Årsredovisning för 2020", "Att godkänna årsredovisningen");
        Minutes before = meetings.load(meetingId);
        meetings.approve(meetingId, before.header().version(), LocalDate.of(2021, 3, 29), "Kommunhuset Kristallen");
        approved = meetings.load(meetingId);
    }

    @Test
    void approving_records_who_and_when_and_locks() {
        assertThat(approved.header().status()).isEqualTo(MeetingStatus.APPROVED);
        assertThat(approved.header().approvedAt()).isNotNull();
        assertThat(approved.header().approvedByName()).isEqualTo("Test lockchef");
        assertThat(db.select(MEETING.APPROVED_BY).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchSingle().value1())
                .isEqualTo(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("lockchef")).fetchSingle().value1());
    }

    @Test
    void the_service_refuses_every_write_to_approved_minutes() {
        Minutes.Header h = approved.header();
        Minutes.Paragraph p = approved.paragraphs().getFirst();
        Minutes.Decision d = p.decision();
        long meetingRecord = data.meetingRecord(meetingId);
        long person = data.person("Karin Ström");
        Map<String, ThrowingCallable> writes = Map.ofEntries(
                Map.entry("edit §", () -> minutes.updateParagraph(new ParagraphDraft(p.id(), p.version(), meetingId, "Ändrad", ItemKind.DECISION, null, null))),
                Map.entry("delete §", () -> minutes.deleteParagraph(p.id(), p.version())),
                Map.entry("add §", () -> minutes.addParagraph(new ParagraphDraft(null, null, meetingId, "Ny", ItemKind.INFORMATION, null, null))),
                Map.entry("move §", () -> minutes.moveParagraph(p.id(), p.version(), false)),
                Map.entry("change clause", () -> minutes.saveDecision(new DecisionDraft(d.id(), d.version(), p.id(), null,
                        DecisionOutcome.APPROVED, null, null, null, List.of("Att inte godkänna"), List.of()))),
                Map.entry("delete decision", () -> minutes.deleteDecision(d.id(), d.version())),
                Map.entry("add link", () -> minutes.addLink(d.id(), meetingRecord, null)),
                Map.entry("attendance", () -> meetings.saveAttendee(new AttendeeDraft(null, null, meetingId, person,
                        AttendanceRole.SUBSTITUTE, null, false, false, null))),
                Map.entry("header", () -> meetings.updateHeader(new MeetingPlan(h.id(), h.version(), h.bodyId(), h.date(),
                        null, null, "Annan plats", false))),
                Map.entry("approve again / un-approve", () -> meetings.approve(meetingId, h.version(), LocalDate.of(2021, 4, 1), "x")),
                Map.entry("mark held", () -> meetings.markHeld(meetingId, h.version())));
        writes.forEach((what, write) -> assertThatThrownBy(write).as(what)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("meeting.error.locked"));

        Minutes after = meetings.load(meetingId);
        assertThat(after).isEqualTo(approved);
    }

    @Test
    void notice_dates_can_still_be_posted() {
        meetings.postNotice(meetingId, approved.header().version(), LocalDate.of(2021, 3, 30), null, LocalDate.of(2021, 4, 21));
        assertThat(meetings.load(meetingId).header().noticePostedOn()).isEqualTo(LocalDate.of(2021, 3, 30));
    }

    /** Plain jOOQ statements reach the trigger; its named refusal comes back as the Swedish message, never its text. */
    @Test
    void plain_sql_through_jooq_is_refused_by_the_trigger_with_the_locked_message() {
        long itemId = approved.paragraphs().getFirst().id();
        Map<String, ThrowingCallable> statements = Map.of(
                "change §", () -> db.update(AGENDA_ITEM).set(AGENDA_ITEM.TITLE, "Ändrad").where(AGENDA_ITEM.ID.eq(itemId)).execute(),
                "un-approve", () -> db.update(MEETING).setNull(MEETING.APPROVED_AT).where(MEETING.ID.eq(meetingId)).execute(),
                "delete clauses", () -> db.deleteFrom(DECISION_CLAUSE).where(DECISION_CLAUSE.DECISION_ID
                        .eq(approved.paragraphs().getFirst().decision().id())).execute());
        statements.forEach((what, statement) -> assertThatThrownBy(statement).as(what)
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.locked")));
        assertThat(meetings.load(meetingId)).isEqualTo(approved);
    }

    @Test
    void plain_jdbc_is_refused_by_the_trigger() throws SQLException {
        long decisionId = approved.paragraphs().getFirst().decision().id();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update decision_clause set text = 'Att ändra' where decision_id = " + decisionId))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Protokollet är justerat")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(DatabaseRefusals.APPROVAL_LOCK));
            assertThatThrownBy(() -> statement.executeUpdate("insert into agenda_item (meeting_id, number, title) values (" + meetingId + ", 2, 'Ny')"))
                    .hasMessageContaining("Protokollet är justerat");
            assertThatThrownBy(() -> statement.executeUpdate("delete from meeting where id = " + meetingId))
                    .hasMessageContaining("Protokollet är justerat: sammanträdet den 2021-03-19 kan inte tas bort")
                    .satisfies(e -> assertThat(((PSQLException) e).getServerErrorMessage().getConstraint())
                            .isEqualTo("meeting_approval_lock"));
        }
        assertThat(meetings.load(meetingId)).isEqualTo(approved);
    }
}
