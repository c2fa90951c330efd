package se.samordnaren.meeting;

import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.ViewTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.samordnaren.people.BodyType;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.MEETING;

/** The decision picker ("besvarar förslag", "rättar beslut") pages and filters in SQL: no decision is out of reach. */
class DecisionChoicesTest extends ViewTest {

    @Autowired
    MinutesService minutes;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    long board;
    long committee;
    long current;
    long filler;
    long old;
    long oldProposal;

    @BeforeEach
    void manyDecisions() {
        board = body("Valstyrelsen " + tag);
        committee = body("Valutskottet " + tag);
        current = meeting(board, LocalDate.of(2099, 12, 30));
        // 320 newer decisions, so the old one is far beyond the first 300 in the picker's order (newest first).
        filler = meeting(board, LocalDate.of(2099, 12, 31));
        db.execute("""
                insert into agenda_item (meeting_id, number, title, position)
                select ?, n, 'Fyllnadsärende ' || ? || ' nr ' || n, n from generate_series(1, 320) n""", filler, tag);
        db.execute("insert into decision (item_id, outcome) select id, 'GRANTED' from agenda_item where meeting_id = ?", filler);
        old = meeting(committee, LocalDate.of(1990, 5, 4));
        long item = db.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, old).set(AGENDA_ITEM.NUMBER, 7)
                .set(AGENDA_ITEM.POSITION, 7).set(AGENDA_ITEM.TITLE, "Förslag om En väg in")
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
        oldProposal = db.insertInto(DECISION).set(DECISION.ITEM_ID, item).set(DECISION.OUTCOME, DecisionOutcome.PROPOSAL)
                .set(DECISION.PROPOSAL_TO_BODY_ID, board).returning(DECISION.ID).fetchSingle(DECISION.ID);
    }

    private long body(String name) {
        return db.insertInto(BODY).set(BODY.NAME, name).set(BODY.BODY_TYPE, BodyType.BOARD).set(BODY.DECISION_VERB, name + " beslutade")
                .returning(BODY.ID).fetchSingle(BODY.ID);
    }

    private long meeting(long body, LocalDate date) {
        return db.insertInto(MEETING).set(MEETING.BODY_ID, body).set(MEETING.MEETING_DATE, date).set(MEETING.STATUS, MeetingStatus.HELD)
                .returning(MEETING.ID).fetchSingle(MEETING.ID);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void a_filter_finds_a_decision_beyond_the_first_300() {
        List<Choice> firstPage = minutes.decisionChoices(current, false, "", PageRequest.of(0, 300));
        assertThat(firstPage).hasSize(300).extracting(Choice::id).doesNotContain(oldProposal);
        assertThat(firstPage.getFirst().label()).startsWith("Valstyrelsen " + tag + " 2099-12-31 § 1 Fyllnadsärende");

        String label = "Valutskottet " + tag + " 1990-05-04 § 7 Förslag om En väg in";
        // On the body name, the date, the § number and the title, in any case, word by word.
        assertThat(minutes.decisionChoices(current, false, "valutskottet " + tag, PageRequest.of(0, 50)))
                .containsExactly(new Choice(oldProposal, label));
        assertThat(minutes.decisionChoices(current, false, tag + " 1990-05-04 § 7", PageRequest.of(0, 50)))
                .extracting(Choice::id).containsExactly(oldProposal);
        assertThat(minutes.decisionChoices(current, false, tag + " EN VÄG", PageRequest.of(0, 50)))
                .extracting(Choice::id).containsExactly(oldProposal);
        assertThat(minutes.decisionChoices(current, true, tag, PageRequest.of(0, 50))).extracting(Choice::id).containsExactly(oldProposal);
        assertThat(minutes.decisionChoice(oldProposal)).isEqualTo(new Choice(oldProposal, label));
        // LIKE wildcards in the filter are taken literally.
        assertThat(minutes.decisionChoices(current, false, tag + " %", PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void pages_with_offset_and_limit_and_leaves_out_the_meeting_itself() {
        List<Choice> fillers = minutes.decisionChoices(current, false, "Fyllnadsärende " + tag, PageRequest.of(300, 50));
        assertThat(fillers).hasSize(20);
        assertThat(fillers.getFirst().label()).endsWith(" nr 301");
        assertThat(minutes.decisionChoices(filler, false, "Fyllnadsärende " + tag, PageRequest.of(0, 50))).isEmpty();
        assertThat(minutes.decisionChoices(current, true, "Fyllnadsärende " + tag, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_decision_dialog_finds_the_old_proposal_by_typing() {
        long item = db.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, current).set(AGENDA_ITEM.NUMBER, 1)
                .set(AGENDA_ITEM.POSITION, 1).set(AGENDA_ITEM.TITLE, "En väg in").returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
        db.insertInto(DECISION).set(DECISION.ITEM_ID, item).set(DECISION.OUTCOME, DecisionOutcome.GRANTED)
                .set(DECISION.ANSWERS_PROPOSAL_ID, oldProposal).execute();

        MeetingView view = open("sammantraden/" + current, MeetingView.class);
        DecisionDialog dialog = view.openDecisionDialog(view.minutes.paragraphs().getFirst());
        roundTrip();
        // The stored answer shows although it is not among the first rows the picker would load.
        assertThat(dialog.answers.getValue()).isEqualTo(minutes.decisionChoice(oldProposal));

        test(dialog.corrects).setFilter("valutskottet " + tag + " § 7");
        assertThat(test(dialog.corrects).getSuggestionItems()).extracting(Choice::id).containsExactly(oldProposal);
        test(dialog.corrects).setFilter("Fyllnadsärende " + tag + " nr 317");
        assertThat(test(dialog.corrects).getSuggestions()).containsExactly("Valstyrelsen " + tag + " 2099-12-31 § 317 Fyllnadsärende " + tag + " nr 317");
    }
}
