package se.samordnaren.meeting;

import se.samordnaren.testsupport.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two people open the same minutes; the first save wins, the second is refused and overwrites nothing. */
@WithMockUser(username = "concurrentsecretary", roles = "SEKRETERARE")
class MeetingConcurrencyTest extends DatabaseTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesService minutes;

    long meetingId;

    @BeforeEach
    void meeting_with_a_decision() {
        meetingId = data.meeting(data.board(), LocalDate.of(2021, 6, 11));
        data.paragraphWithDecision(meetingId, 1, "AMA-rapporten", "Att inte godkänna rapporten");
    }

    @Test
    void second_save_of_the_same_paragraph_is_refused() {
        Minutes.Paragraph first = meetings.load(meetingId).paragraphs().getFirst();
        Minutes.Paragraph second = meetings.load(meetingId).paragraphs().getFirst();

        minutes.updateParagraph(new ParagraphDraft(first.id(), first.version(), meetingId, "AMA-rapporten (första)", ItemKind.DECISION, "Text ett", null));
        assertThatThrownBy(() -> minutes.updateParagraph(new ParagraphDraft(second.id(), second.version(), meetingId,
                "AMA-rapporten (andra)", ItemKind.DECISION, "Text två", null)))
                .isInstanceOf(ConcurrentEditException.class);

        Minutes.Paragraph saved = meetings.load(meetingId).paragraphs().getFirst();
        assertThat(saved.title()).isEqualTo("AMA-rapporten (första)");
        assertThat(saved.bodyText()).isEqualTo("Text ett");
    }

    @Test
    void second_save_of_the_same_decision_is_refused_and_its_clauses_stay() {
        Minutes.Paragraph first = meetings.load(meetingId).paragraphs().getFirst();
        Minutes.Paragraph second = meetings.load(meetingId).paragraphs().getFirst();
        DecisionDraft a = DecisionDraft.of(first);
        DecisionDraft b = DecisionDraft.of(second);

        minutes.saveDecision(new DecisionDraft(a.id(), a.version(), a.itemId(), null, DecisionOutcome.REFERRED_BACK, null, null, null,
                List.of("Att återremittera för att korrigera"), List.of()));
        assertThatThrownBy(() -> minutes.saveDecision(new DecisionDraft(b.id(), b.version(), b.itemId(), null, DecisionOutcome.APPROVED,
                null, null, null, List.of("Att godkänna rapporten"), List.of())))
                .isInstanceOf(ConcurrentEditException.class);

        Minutes.Decision saved = meetings.load(meetingId).paragraphs().getFirst().decision();
        assertThat(saved.outcome()).isEqualTo(DecisionOutcome.REFERRED_BACK);
        assertThat(saved.clauses()).extracting(Minutes.Clause::text).containsExactly("Att återremittera för att korrigera");
    }

    @Test
    void second_save_of_the_header_is_refused() {
        MeetingPlan first = MeetingPlan.of(meetings.load(meetingId).header());
        MeetingPlan second = MeetingPlan.of(meetings.load(meetingId).header());
        meetings.updateHeader(new MeetingPlan(first.id(), first.version(), first.bodyId(), first.date(), LocalTime.of(8, 30),
                LocalTime.of(12, 0), "Skype", true));
        assertThatThrownBy(() -> meetings.updateHeader(new MeetingPlan(second.id(), second.version(), second.bodyId(), second.date(),
                null, null, "Kristallen", false))).isInstanceOf(ConcurrentEditException.class);
        Minutes.Header saved = meetings.load(meetingId).header();
        assertThat(saved.location()).isEqualTo("Skype");
        assertThat(saved.digital()).isTrue();
    }
}
