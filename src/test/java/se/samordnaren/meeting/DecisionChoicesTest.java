package se.samordnaren.meeting;

import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.DECISION;

/** The decision picker ("besvarar förslag", "rättar beslut") pages and filters in SQL: no decision is out of reach. */
class DecisionChoicesTest extends ViewTest {

    @Autowired
    MinutesService minutes;

    long board;
    long committee;
    long current;
    long filler;
    long old;
    long oldProposal;

    @BeforeEach
    void manyDecisions() {
        board = data.board();
        committee = data.workingCommittee();
        current = data.heldMeeting(board, LocalDate.of(2099, 12, 30), null);
        // 320 newer decisions, so the old one is far beyond the first 300 in the picker's order (newest first).
        filler = data.heldMeeting(board, LocalDate.of(2099, 12, 31), null);
        db.execute("""
                insert into agenda_item (meeting_id, number, title, position)
                select ?, n, 'Fyllnadsärende ' || ? || ' nr ' || n, n from generate_series(1, 320) n""", filler, data.tag);
        db.execute("insert into decision (item_id, outcome) select id, 'GRANTED' from agenda_item where meeting_id = ?", filler);
        old = data.heldMeeting(committee, LocalDate.of(1990, 5, 4), null);
        // A proposal of the working committee to the board.
        oldProposal = data.paragraphWithDecision(old, 7, "Förslag om En väg in", DecisionOutcome.PROPOSAL);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void a_filter_finds_a_decision_beyond_the_first_300() {
        List<Choice> firstPage = minutes.decisionChoices(current, false, "", PageRequest.of(0, 300));
        assertThat(firstPage).hasSize(300).extracting(Choice::id).doesNotContain(oldProposal);
        assertThat(firstPage.getFirst().label()).startsWith(data.boardName() + " 2099-12-31 § 1 Fyllnadsärende");

        String label = data.workingCommitteeName() + " 1990-05-04 § 7 Förslag om En väg in";
        // On the body name, the date, the § number and the title, in any case, word by word.
        assertThat(minutes.decisionChoices(current, false, "arbetsutskottet " + data.tag, PageRequest.of(0, 50)))
                .containsExactly(new Choice(oldProposal, label));
        assertThat(minutes.decisionChoices(current, false, data.tag + " 1990-05-04 § 7", PageRequest.of(0, 50)))
                .extracting(Choice::id).containsExactly(oldProposal);
        assertThat(minutes.decisionChoices(current, false, data.tag + " EN VÄG", PageRequest.of(0, 50)))
                .extracting(Choice::id).containsExactly(oldProposal);
        assertThat(minutes.decisionChoices(current, true, data.tag, PageRequest.of(0, 50))).extracting(Choice::id).containsExactly(oldProposal);
        assertThat(minutes.decisionChoice(oldProposal)).isEqualTo(new Choice(oldProposal, label));
        // LIKE wildcards in the filter are taken literally.
        assertThat(minutes.decisionChoices(current, false, data.tag + " %", PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void pages_with_offset_and_limit_and_leaves_out_the_meeting_itself() {
        List<Choice> fillers = minutes.decisionChoices(current, false, "Fyllnadsärende " + data.tag, PageRequest.of(300, 50));
        assertThat(fillers).hasSize(20);
        assertThat(fillers.getFirst().label()).endsWith(" nr 301");
        assertThat(minutes.decisionChoices(filler, false, "Fyllnadsärende " + data.tag, PageRequest.of(0, 50))).isEmpty();
        assertThat(minutes.decisionChoices(current, true, "Fyllnadsärende " + data.tag, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_decision_dialog_finds_the_old_proposal_by_typing() {
        long answer = data.paragraphWithDecision(current, 1, "En väg in", DecisionOutcome.GRANTED);
        db.update(DECISION).set(DECISION.ANSWERS_PROPOSAL_ID, oldProposal).where(DECISION.ID.eq(answer)).execute();

        MeetingView view = open("sammantraden/" + current, MeetingView.class);
        DecisionDialog dialog = view.openDecisionDialog(view.minutes.paragraphs().getFirst());
        roundTrip();
        // The stored answer shows although it is not among the first rows the picker would load.
        assertThat(dialog.answers.getValue()).isEqualTo(minutes.decisionChoice(oldProposal));

        test(dialog.corrects).setFilter("arbetsutskottet " + data.tag + " § 7");
        assertThat(test(dialog.corrects).getSuggestionItems()).extracting(Choice::id).containsExactly(oldProposal);
        test(dialog.corrects).setFilter("Fyllnadsärende " + data.tag + " nr 317");
        assertThat(test(dialog.corrects).getSuggestions()).containsExactly(data.boardName() + " 2099-12-31 § 317 Fyllnadsärende " + data.tag + " nr 317");
    }
}
