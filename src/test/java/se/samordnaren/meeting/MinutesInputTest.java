package se.samordnaren.meeting;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import se.samordnaren.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.RefusalMessages;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.config.TranslationProvider;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.*;

/**
 * What the minutes' services and the database refuse, and that each refusal is a Swedish message chosen by the
 * constraint's name: texts longer than the database holds (service and database), the decision rules the triggers
 * check, dates the minutes do not allow.
 */
@WithMockUser(username = "inputsecretary", roles = "SEKRETERARE")
class MinutesInputTest extends DatabaseTest {

    private static final String SHORT_PLUS_ONE = "x".repeat(301);
    private static final String LONG_PLUS_ONE = "x".repeat(50_001);

    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesService minutes;
    @Autowired
    List<RefusalMessages> refusals;
    @Autowired
    TranslationProvider translations;

    long body;
    long meeting;
    long decision;
    long item;

    @BeforeEach
    void minutesWithADecision() {
        body = data.board();
        meeting = data.meeting(body, LocalDate.of(2021, 3, 19));
        decision = data.paragraphWithDecision(meeting, 1, "Budget", "Att fastställa budgeten");
        item = db.select(DECISION.ITEM_ID).from(DECISION).where(DECISION.ID.eq(decision)).fetchSingle(DECISION.ITEM_ID);
    }

    private static void refusedWith(String key, Map<String, ThrowingCallable> writes) {
        writes.forEach((what, write) -> assertThatThrownBy(write).as(what)
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key)));
    }

    @Test
    void the_services_refuse_texts_longer_than_the_database_holds() {
        Minutes.Header h = meetings.load(meeting).header();
        long person = data.person("Karin Ström");
        long record = data.meetingRecord(meeting);
        refusedWith("error.text.tooLong", Map.ofEntries(
                Map.entry("title", () -> minutes.addParagraph(new ParagraphDraft(null, null, meeting, SHORT_PLUS_ONE, ItemKind.OTHER, null, null))),
                Map.entry("case number", () -> minutes.addParagraph(new ParagraphDraft(null, null, meeting, "Ny", ItemKind.OTHER, null, SHORT_PLUS_ONE))),
                Map.entry("text", () -> minutes.addParagraph(new ParagraphDraft(null, null, meeting, "Ny", ItemKind.OTHER, LONG_PLUS_ONE, null))),
                Map.entry("intro", () -> minutes.saveDecision(new DecisionDraft(null, null, item, SHORT_PLUS_ONE, DecisionOutcome.NOTED,
                        null, null, null, List.of(), List.of()))),
                Map.entry("clause", () -> minutes.saveDecision(new DecisionDraft(null, null, item, null, DecisionOutcome.NOTED,
                        null, null, null, List.of(LONG_PLUS_ONE), List.of()))),
                Map.entry("reference", () -> minutes.saveDecision(new DecisionDraft(null, null, item, null, DecisionOutcome.NOTED,
                        null, null, null, List.of(), List.of(SHORT_PLUS_ONE)))),
                Map.entry("link note", () -> minutes.addLink(decision, record, SHORT_PLUS_ONE)),
                Map.entry("presence note", () -> minutes.addItemAttendance(item, person, false, SHORT_PLUS_ONE)),
                Map.entry("location", () -> meetings.updateHeader(new MeetingPlan(h.id(), h.version(), h.bodyId(), h.date(),
                        null, null, SHORT_PLUS_ONE, false))),
                Map.entry("capacity", () -> meetings.saveAttendee(new AttendeeDraft(null, null, meeting, person,
                        AttendanceRole.DECISION_MAKER, SHORT_PLUS_ONE, false, false, null))),
                Map.entry("only items", () -> meetings.saveAttendee(new AttendeeDraft(null, null, meeting, person,
                        AttendanceRole.DECISION_MAKER, null, false, false, SHORT_PLUS_ONE)))));
        assertThat(meetings.load(meeting).paragraphs()).hasSize(1);
        assertThat(meetings.load(meeting).attendees()).isEmpty();
    }

    @Test
    void the_database_refuses_an_oversized_text_by_its_own_check_with_a_swedish_message() {
        refusedWith("error.database.tooLong", Map.of(
                "title", () -> db.update(AGENDA_ITEM).set(AGENDA_ITEM.TITLE, SHORT_PLUS_ONE).where(AGENDA_ITEM.ID.eq(item)).execute(),
                "text", () -> db.update(AGENDA_ITEM).set(AGENDA_ITEM.BODY_TEXT, LONG_PLUS_ONE).where(AGENDA_ITEM.ID.eq(item)).execute(),
                "clause", () -> db.update(DECISION_CLAUSE).set(DECISION_CLAUSE.TEXT, LONG_PLUS_ONE)
                        .where(DECISION_CLAUSE.DECISION_ID.eq(decision)).execute(),
                "location", () -> db.update(MEETING).set(MEETING.LOCATION, SHORT_PLUS_ONE).where(MEETING.ID.eq(meeting)).execute(),
                "follow-up", () -> db.insertInto(FOLLOW_UP).set(FOLLOW_UP.DECISION_ID, decision)
                        .set(FOLLOW_UP.DESCRIPTION, LONG_PLUS_ONE).execute()));
        assertThat(meetings.load(meeting).paragraphs().getFirst().title()).isEqualTo("Budget");
    }

    @Test
    void the_decision_rules_of_the_triggers_come_back_as_their_own_swedish_messages() {
        long board = body;
        long committee = data.workingCommittee();
        long earlier = data.meeting(committee, LocalDate.of(2021, 3, 1));
        long notAProposal = data.paragraphWithDecision(earlier, 1, "Information", "Att notera");
        long later = data.meeting(board, LocalDate.of(2021, 6, 11));
        long laterDecision = data.paragraphWithDecision(later, 1, "Senare", "Att besluta senare");

        assertThatThrownBy(() -> minutes.saveDecision(new DecisionDraft(null, null, newItem(), null, DecisionOutcome.PROPOSAL,
                board, null, null, List.of(), List.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.proposalTarget"));
        assertThatThrownBy(() -> minutes.saveDecision(new DecisionDraft(null, null, newItem(), null, DecisionOutcome.APPROVED,
                null, notAProposal, null, List.of(), List.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.answersOwnProposal"));
        assertThatThrownBy(() -> minutes.saveDecision(new DecisionDraft(null, null, newItem(), null, DecisionOutcome.APPROVED,
                null, null, laterDecision, List.of(), List.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.correctsEarlier"));
        assertThat(db.fetchCount(DECISION, DECISION.ITEM_ID.in(db.select(AGENDA_ITEM.ID).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meeting))))).isEqualTo(1);
    }

    private long newItem() {
        return minutes.addParagraph(new ParagraphDraft(null, null, meeting, "Ny paragraf", ItemKind.DECISION, null, null));
    }

    @Test
    @WithMockUser(username = "inputchef", roles = "FORBUNDSCHEF")
    void dates_the_minutes_do_not_allow_are_refused_by_name() {
        data.ensureUser("inputchef", Role.FORBUNDSCHEF);
        Minutes.Header h = meetings.load(meeting).header();
        assertThatThrownBy(() -> meetings.approve(meeting, h.version(), h.date().minusDays(1), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.approvalBeforeMeeting"));
        meetings.approve(meeting, h.version(), h.date().plusDays(10), null);
        Minutes.Header approved = meetings.load(meeting).header();
        assertThatThrownBy(() -> meetings.postNotice(meeting, approved.version(), h.date(), null, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.noticeBeforeApproval"));
        assertThatThrownBy(() -> meetings.postNotice(meeting, approved.version(), approved.approvalDate().plusDays(5), null, approved.approvalDate()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.noticePeriod"));
        assertThat(meetings.load(meeting).header().noticePostedOn()).as("refused dates change nothing").isEqualTo(approved.noticePostedOn());
    }

    /** The meeting feature names its refusals (that they exist in the schema: common.RefusalMessagesTest). */
    @Test
    void the_meeting_feature_names_its_refusals() {
        Map<String, String> named = new TreeMap<>();
        refusals.forEach(r -> named.putAll(r.byConstraint()));
        assertThat(named).containsKeys("meeting_approval_lock", "agenda_item_approval_lock", "follow_up_approval_lock",
                "decision_answers_own_proposal", "agenda_item_title_length");
    }
}
