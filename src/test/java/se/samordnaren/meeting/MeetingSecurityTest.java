package se.samordnaren.meeting;

import se.samordnaren.testsupport.DatabaseTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Everyone signed in reads; FORBUNDSCHEF and SEKRETERARE write; only FORBUNDSCHEF approves. */
class MeetingSecurityTest extends DatabaseTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesService minutes;

    long meetingId;
    long itemId;
    long decisionId;
    long bodyId;

    @BeforeEach
    void meeting_with_a_decision() {
        bodyId = data.board();
        meetingId = data.meeting(bodyId, LocalDate.of(2021, 3, 19));
        decisionId = data.paragraphWithDecision(meetingId, 1, "Reviderad budget", "Att godkänna reviderad budget för 2021");
        itemId = db.select(se.samordnaren.db.Tables.DECISION.ITEM_ID).from(se.samordnaren.db.Tables.DECISION)
                .where(se.samordnaren.db.Tables.DECISION.ID.eq(decisionId)).fetchSingle().value1();
    }

    private Map<String, ThrowingCallable> everyWrite() {
        return Map.ofEntries(
                Map.entry("plan", () -> meetings.plan(new MeetingPlan(null, null, bodyId, LocalDate.of(2021, 9, 24), null, null, "Kristallen", false))),
                Map.entry("updateHeader", () -> meetings.updateHeader(new MeetingPlan(meetingId, 1, bodyId, LocalDate.of(2021, 3, 19), null, null, "x", false))),
                Map.entry("markHeld", () -> meetings.markHeld(meetingId, 1)),
                Map.entry("approve", () -> meetings.approve(meetingId, 1, LocalDate.of(2021, 3, 29), "Kristallen")),
                Map.entry("postNotice", () -> meetings.postNotice(meetingId, 1, LocalDate.of(2021, 3, 30), null, null)),
                Map.entry("saveAttendee", () -> meetings.saveAttendee(new AttendeeDraft(null, null, meetingId, 1L, AttendanceRole.SUBSTITUTE, null, false, false, null))),
                Map.entry("removeAttendee", () -> meetings.removeAttendee(1, 1)),
                Map.entry("addParagraph", () -> minutes.addParagraph(new ParagraphDraft(null, null, meetingId, "Ny", ItemKind.INFORMATION, null, null))),
                Map.entry("updateParagraph", () -> minutes.updateParagraph(new ParagraphDraft(itemId, 1, meetingId, "Ändrad", ItemKind.DECISION, null, null))),
                Map.entry("deleteParagraph", () -> minutes.deleteParagraph(itemId, 1)),
                Map.entry("moveParagraph", () -> minutes.moveParagraph(itemId, 1, true)),
                Map.entry("saveDecision", () -> minutes.saveDecision(new DecisionDraft(decisionId, 1, itemId, null, DecisionOutcome.REJECTED, null, null, null, List.of(), List.of()))),
                Map.entry("deleteDecision", () -> minutes.deleteDecision(decisionId, 1)),
                Map.entry("addLink", () -> minutes.addLink(decisionId, 1, null)),
                Map.entry("removeLink", () -> minutes.removeLink(1)),
                Map.entry("addItemAttendance", () -> minutes.addItemAttendance(itemId, 1L, true, null)),
                Map.entry("removeItemAttendance", () -> minutes.removeItemAttendance(1, 1)));
    }

    private void readsWorkAndEveryWriteIsDenied() {
        assertThat(meetings.load(meetingId).paragraphs()).extracting(Minutes.Paragraph::title).containsExactly("Reviderad budget");
        assertThat(meetings.list(new MeetingFilter(bodyId, 2021, null))).extracting(MeetingSummary::id).containsExactly(meetingId);
        assertThat(meetings.mayWrite()).isFalse();
        everyWrite().forEach((name, write) -> assertThatThrownBy(write).as(name).isInstanceOf(AccessDeniedException.class));
        assertThat(meetings.load(meetingId).paragraphs().getFirst().version()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "boardmember", roles = "STYRELSE")
    void the_board_reads_but_writes_nothing() {
        readsWorkAndEveryWriteIsDenied();
    }

    @Test
    @WithMockUser(username = "auditor", roles = "REVISOR")
    void the_auditor_reads_but_writes_nothing() {
        readsWorkAndEveryWriteIsDenied();
    }

    @Test
    @WithMockUser(username = "secretary", roles = "SEKRETERARE")
    void the_secretary_writes_but_cannot_approve() {
        long added = minutes.addParagraph(new ParagraphDraft(null, null, meetingId, "Övrigt", ItemKind.OTHER, "Inget", null));
        assertThat(meetings.load(meetingId).paragraphs()).extracting(Minutes.Paragraph::id, Minutes.Paragraph::number)
                .contains(org.assertj.core.groups.Tuple.tuple(added, 2));
        assertThat(meetings.mayApprove()).isFalse();
        assertThatThrownBy(() -> meetings.approve(meetingId, meetings.load(meetingId).header().version(), LocalDate.of(2021, 3, 29), "Kristallen"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(meetings.load(meetingId).approved()).isFalse();
    }
}
