package se.samordnaren.meeting.pdf;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.samordnaren.common.DatabaseRefusals;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.people.Body;
import se.samordnaren.people.BodyService;
import se.samordnaren.people.Person;
import se.samordnaren.people.PersonService;
import se.samordnaren.testsupport.DatabaseTest;

import javax.sql.DataSource;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samordnaren.db.Tables.*;

/**
 * Issue 8 item 2: approved minutes read exactly as they were approved. Renaming the body (name, § prefix, decision
 * verb), a person, the association or the approver afterwards changes neither the minutes as read, nor their PDF, nor
 * an extract; the PDF is the one stored at approval, served with its SHA-256; drafts show today's names; the database
 * refuses any change of what was kept.
 */
@WithMockUser(username = "snapchef", roles = "FORBUNDSCHEF")
class ApprovedMinutesAsApprovedTest extends DatabaseTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesPdfService pdfs;
    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;
    @Autowired
    WebApplicationContext context;
    @Autowired
    DataSource dataSource;

    long au;
    long board;
    long chair;
    long meeting;

    @BeforeEach
    void workingCommitteeMinutes() {
        data.ensureUser("snapchef", "Karin Chef", se.samordnaren.security.Role.FORBUNDSCHEF);
        db.update(ASSOCIATION).set(ASSOCIATION.NAME, "Lunds samordningsförbund").where(ASSOCIATION.ID.eq(1)).execute();
        au = data.body(data.name("Arbetsutskottet"), se.samordnaren.people.BodyType.WORKING_COMMITTEE, "Arbetsutskottet beslutade");
        db.update(BODY).set(BODY.PARAGRAPH_PREFIX, "AU").where(BODY.ID.eq(au)).execute();
        board = data.board();
        meeting = data.heldMeeting(au, LocalDate.of(2020, 9, 11), "Kommunhuset Kristallen");
        chair = data.person(data.name("Anna Andersson"), "s");
        data.attend(meeting, chair, AttendanceRole.DECISION_MAKER, "Lunds kommun", true, false, 1);
        data.attend(meeting, data.person(data.name("Eva Ek")), AttendanceRole.SECRETARY, "Förbundschef", false, false, 2);
        long item = data.item(meeting, 2, "Ansökan En väg in", "Ansökan gäller fortsatta medel.");
        data.decision(item, DecisionOutcome.PROPOSAL); // to the board
        data.itemAttendance(item, chair, false, "jäv, deltog inte i beslutet");
    }

    private void approve(long meetingId) {
        meetings.approve(meetingId, meetings.load(meetingId).header().version(), LocalDate.of(2020, 9, 14), "Kristallen");
    }

    /** Everything the minutes show from other tables gets a new name. */
    private void renameEverything() {
        Body body = bodies.find(au).orElseThrow();
        bodies.save(new Body(body.id(), "Beredningsutskottet " + data.tag, body.shortName(), body.type(),
                "Beredningsutskottet beslutar", "BU", body.version()));
        Body target = bodies.find(board).orElseThrow();
        bodies.save(new Body(target.id(), "Förbundsstyrelsen " + data.tag, target.shortName(), target.type(),
                target.decisionVerb(), target.paragraphPrefix(), target.version()));
        Person p = people.find(chair).orElseThrow();
        people.save(new Person(p.id(), "Anna Lind " + data.tag, "m", p.memberId(), p.memberName(), p.organisation(),
                p.email(), p.phone(), p.version()));
        db.update(ASSOCIATION).set(ASSOCIATION.NAME, "Samordningsförbundet Lund").where(ASSOCIATION.ID.eq(1)).execute();
        db.update(APP_USER).set(APP_USER.FULL_NAME, "Karin Nygren").where(APP_USER.USERNAME.eq("snapchef")).execute();
    }

    @Test
    void approved_minutes_their_pdf_and_an_extract_keep_the_names_they_were_approved_with() throws IOException {
        approve(meeting);
        Minutes approved = meetings.load(meeting);
        MinutesPdfService.Pdf pdfAtApproval = pdfs.minutes(meeting);

        renameEverything();

        Minutes after = meetings.load(meeting);
        assertThat(after).isEqualTo(approved);
        assertThat(after.header().bodyName()).isEqualTo("Arbetsutskottet " + data.tag);
        assertThat(after.header().paragraphLabel(2)).isEqualTo("AU § 2");
        assertThat(after.header().decisionVerb()).isEqualTo("Arbetsutskottet beslutade");
        assertThat(after.header().approvedByName()).isEqualTo("Karin Chef");
        assertThat(after.attendees().getFirst().displayName()).isEqualTo("Anna Andersson " + data.tag + " (s)");
        Minutes.Paragraph p = after.paragraph(2).orElseThrow();
        assertThat(p.attendance()).singleElement()
                .satisfies(a -> assertThat(a.displayName()).isEqualTo("Anna Andersson " + data.tag + " (s)"));
        assertThat(p.decision().proposalToBodyName()).isEqualTo("Styrelsen " + data.tag);

        MinutesPdfService.Pdf pdf = pdfs.minutes(meeting);
        assertThat(pdf.content()).isEqualTo(pdfAtApproval.content());
        assertThat(pdf.filename()).isEqualTo("protokoll-arbetsutskottet-" + data.tag + "-2020-09-11.pdf");
        String text = MinutesPdfServiceTest.text(pdf.content()).replaceAll("\\s+", " ");
        assertThat(text).contains("Arbetsutskottet " + data.tag, "AU § 2 Ansökan En väg in", "Lunds samordningsförbund",
                "Anna Andersson " + data.tag + " (s), Lunds kommun",
                "Närvaro vid paragrafen: Anna Andersson " + data.tag + " (s), jäv, deltog inte i beslutet");
        assertThat(text).doesNotContain("Beredningsutskottet", "BU §", "Anna Lind", "Samordningsförbundet Lund", "UTKAST");

        String extract = MinutesPdfServiceTest.text(pdfs.extract(meeting, List.of(2)).content()).replaceAll("\\s+", " ");
        assertThat(extract).contains("PROTOKOLLSUTDRAG", "Arbetsutskottet " + data.tag + ", Lunds samordningsförbund",
                "AU § 2 Ansökan En väg in", "Anna Andersson " + data.tag + " (s), jäv");
        assertThat(extract).doesNotContain("Beredningsutskottet", "BU §", "Anna Lind", "Samordningsförbundet Lund");
    }

    @Test
    void the_pdf_is_stored_at_approval_with_the_sha256_of_its_bytes() throws NoSuchAlgorithmException {
        approve(meeting);

        var stored = db.select(APPROVED_MINUTES_PDF.CONTENT, APPROVED_MINUTES_PDF.SHA256, APPROVED_MINUTES_PDF.SIZE_BYTES,
                        APPROVED_MINUTES_PDF.PRODUCED_AT, APPROVED_MINUTES_PDF.PRODUCED_BY)
                .from(APPROVED_MINUTES_PDF).where(APPROVED_MINUTES_PDF.MEETING_ID.eq(meeting)).fetchSingle();
        OffsetDateTime approvedAt = db.select(MEETING.APPROVED_AT).from(MEETING).where(MEETING.ID.eq(meeting)).fetchSingle().value1();
        assertThat(stored.value4()).as("produced in the approving transaction").isEqualTo(approvedAt);
        assertThat(stored.value5()).isEqualTo("snapchef");
        assertThat(stored.value2()).isEqualTo(sha256(stored.value1()));
        assertThat(stored.value3()).isEqualTo(stored.value1().length);

        MinutesPdfService.Pdf served = pdfs.minutes(meeting);
        assertThat(served.content()).isEqualTo(stored.value1());
        assertThat(served.sha256()).isEqualTo(stored.value2());
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("approved_minutes_pdf")
                .and(AUDIT_LOG.NEW_DATA.cast(String.class).contains(stored.value2()))))
                .as("audited by its sha256, without the content").isEqualTo(1);
        assertThat(db.fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("approved_minutes_pdf")
                .and(AUDIT_LOG.NEW_DATA.cast(String.class).contains("\"content\"")))).isZero();
    }

    @Test
    void over_http_approved_minutes_answer_the_stored_bytes_with_their_sha256_and_drafts_are_rendered() throws Exception {
        approve(meeting);
        renameEverything();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        var response = mvc.perform(get("/protokoll/" + meeting + ".pdf").with(user("revisor").roles("REVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse();
        var stored = db.select(APPROVED_MINUTES_PDF.CONTENT, APPROVED_MINUTES_PDF.SHA256).from(APPROVED_MINUTES_PDF)
                .where(APPROVED_MINUTES_PDF.MEETING_ID.eq(meeting)).fetchSingle();
        assertThat(response.getContentAsByteArray()).isEqualTo(stored.value1());
        assertThat(response.getHeader("X-Content-SHA256")).isEqualTo(stored.value2()).isEqualTo(sha256(response.getContentAsByteArray()));
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + stored.value2() + "\"");
        assertThat(response.getHeader("Content-Disposition")).contains("protokoll-arbetsutskottet-" + data.tag + "-2020-09-11.pdf");

        long draft = data.heldMeeting(au, LocalDate.of(2020, 10, 9), "Kommunhuset Kristallen");
        data.item(draft, 1, "Ekonomisk uppföljning", null);
        var draftResponse = mvc.perform(get("/protokoll/" + draft + ".pdf").with(user("revisor").roles("REVISOR")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(draftResponse.getHeader("X-Content-SHA256")).isNull();
        assertThat(draftResponse.getHeader("ETag")).isNull();
        assertThat(MinutesPdfServiceTest.text(draftResponse.getContentAsByteArray()).replaceAll("\\s+", " "))
                .contains("UTKAST – ej justerat", "Beredningsutskottet " + data.tag, "BU § 1 Ekonomisk uppföljning");
        assertThat(db.fetchCount(APPROVED_MINUTES_PDF, APPROVED_MINUTES_PDF.MEETING_ID.eq(draft))).isZero();
    }

    @Test
    void a_draft_shows_todays_names_and_keeps_no_copy() throws IOException {
        renameEverything();

        Minutes draft = meetings.load(meeting);
        assertThat(draft.header().bodyName()).isEqualTo("Beredningsutskottet " + data.tag);
        assertThat(draft.header().paragraphLabel(2)).isEqualTo("BU § 2");
        assertThat(draft.attendees().getFirst().displayName()).isEqualTo("Anna Lind " + data.tag + " (m)");
        assertThat(draft.paragraph(2).orElseThrow().decision().proposalToBodyName()).isEqualTo("Förbundsstyrelsen " + data.tag);
        MinutesPdfService.Pdf pdf = pdfs.minutes(meeting);
        assertThat(pdf.sha256()).isNull();
        assertThat(MinutesPdfServiceTest.text(pdf.content()).replaceAll("\\s+", " "))
                .contains("UTKAST – ej justerat", "BU § 2 Ansökan En väg in", "Anna Lind " + data.tag + " (m)");

        // A copy written to a draft is dropped: drafts read the live names.
        db.update(MEETING).set(MEETING.BODY_NAME_AS_APPROVED, "Falskt namn").where(MEETING.ID.eq(meeting)).execute();
        assertThat(db.select(MEETING.BODY_NAME_AS_APPROVED).from(MEETING).where(MEETING.ID.eq(meeting)).fetchSingle().value1()).isNull();
        assertThat(db.fetchCount(APPROVED_MINUTES_PDF)).isZero();
    }

    @Test
    void minutes_approved_by_sql_like_the_demo_get_their_copy_and_their_pdf_is_stored_on_first_request() throws IOException {
        db.update(MEETING).set(MEETING.APPROVAL_DATE, LocalDate.of(2020, 9, 14)).set(MEETING.APPROVED_AT, OffsetDateTime.now())
                .where(MEETING.ID.eq(meeting)).execute();
        assertThat(db.select(MEETING.BODY_NAME_AS_APPROVED, MEETING.PARAGRAPH_PREFIX_AS_APPROVED, MEETING.DECISION_VERB_AS_APPROVED,
                        MEETING.ASSOCIATION_NAME_AS_APPROVED).from(MEETING).where(MEETING.ID.eq(meeting)).fetchSingle().intoList())
                .containsExactly("Arbetsutskottet " + data.tag, "AU", "Arbetsutskottet beslutade", "Lunds samordningsförbund");
        assertThat(db.select(MEETING_ATTENDANCE.NAME_AS_APPROVED).from(MEETING_ATTENDANCE)
                .where(MEETING_ATTENDANCE.MEETING_ID.eq(meeting)).orderBy(MEETING_ATTENDANCE.SORT_ORDER).fetch(MEETING_ATTENDANCE.NAME_AS_APPROVED))
                .containsExactly("Anna Andersson " + data.tag, "Eva Ek " + data.tag);
        assertThat(db.fetchCount(APPROVED_MINUTES_PDF)).isZero();

        renameEverything();
        MinutesPdfService.Pdf first = pdfs.minutes(meeting);
        MinutesPdfService.Pdf second = pdfs.minutes(meeting);

        assertThat(db.fetchCount(APPROVED_MINUTES_PDF, APPROVED_MINUTES_PDF.MEETING_ID.eq(meeting))).isOne();
        assertThat(second.content()).isEqualTo(first.content());
        assertThat(second.sha256()).isEqualTo(first.sha256()).isNotNull();
        assertThat(MinutesPdfServiceTest.text(first.content()).replaceAll("\\s+", " "))
                .contains("AU § 2 Ansökan En väg in", "Anna Andersson " + data.tag + " (s)").doesNotContain("Anna Lind", "BU §");
    }

    /** jOOQ statements end in the meeting feature's Swedish message, chosen by the constraint name the trigger raises. */
    @Test
    void what_was_kept_cannot_be_changed_or_deleted_by_sql() {
        approve(meeting);
        long item = db.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meeting)).fetchSingle().value1();
        Map<String, ThrowingCallable> statements = Map.of(
                "meeting's copy", () -> db.update(MEETING).set(MEETING.BODY_NAME_AS_APPROVED, "Beredningsutskottet")
                        .where(MEETING.ID.eq(meeting)).execute(),
                "meeting's prefix", () -> db.update(MEETING).setNull(MEETING.PARAGRAPH_PREFIX_AS_APPROVED)
                        .where(MEETING.ID.eq(meeting)).execute(),
                "attendee's name", () -> db.update(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.NAME_AS_APPROVED, "Anna Lind")
                        .where(MEETING_ATTENDANCE.MEETING_ID.eq(meeting)).execute(),
                "presence's name", () -> db.update(AGENDA_ITEM_ATTENDANCE).set(AGENDA_ITEM_ATTENDANCE.NAME_AS_APPROVED, "Anna Lind")
                        .where(AGENDA_ITEM_ATTENDANCE.ITEM_ID.eq(item)).execute(),
                "proposal's body", () -> db.update(DECISION).set(DECISION.PROPOSAL_TO_BODY_NAME_AS_APPROVED, "Förbundsstyrelsen")
                        .where(DECISION.ITEM_ID.eq(item)).execute(),
                "stored pdf", () -> db.update(APPROVED_MINUTES_PDF).set(APPROVED_MINUTES_PDF.CONTENT, "%PDF-1.4 annan".getBytes())
                        .where(APPROVED_MINUTES_PDF.MEETING_ID.eq(meeting)).execute(),
                "delete stored pdf", () -> db.deleteFrom(APPROVED_MINUTES_PDF).where(APPROVED_MINUTES_PDF.MEETING_ID.eq(meeting)).execute());
        statements.forEach((what, statement) -> assertThatThrownBy(statement).as(what)
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.locked")));

        long draft = data.heldMeeting(au, LocalDate.of(2020, 10, 9), null);
        assertThatThrownBy(() -> db.insertInto(APPROVED_MINUTES_PDF).set(APPROVED_MINUTES_PDF.MEETING_ID, draft)
                .set(APPROVED_MINUTES_PDF.CONTENT, "%PDF-1.4 utkast".getBytes()).execute())
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("minutesPdf.error.onlyApproved"));
        assertThat(meetings.load(meeting).header().bodyName()).isEqualTo("Arbetsutskottet " + data.tag);
    }

    @Test
    void truncating_the_stored_pdfs_is_refused_with_the_approval_lock() throws SQLException {
        approve(meeting);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("truncate approved_minutes_pdf"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Protokollet är justerat")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(DatabaseRefusals.APPROVAL_LOCK));
        }
        assertThat(db.fetchCount(APPROVED_MINUTES_PDF)).isOne();
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
