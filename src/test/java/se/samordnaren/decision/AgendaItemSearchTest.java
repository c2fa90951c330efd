package se.samordnaren.decision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * agenda_item_search (changelog 048) is derived from the §, its decision's clauses and its meeting's date by triggers:
 * after every kind of change the search finds what the § says now, and every row equals its recomputation.
 */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class AgendaItemSearchTest extends DatabaseTest {

    @Autowired
    SearchService search;

    @Test
    void the_search_follows_every_change_to_a_paragraph_its_decision_and_its_meeting() {
        long body = data.body(data.name("Triggerstyrelsen"));
        long meeting = data.heldMeeting(body, LocalDate.of(2022, 5, 20), "Kristallen");
        long other = data.heldMeeting(body, LocalDate.of(2022, 6, 17), "Kristallen");
        String title = "titel" + data.word;
        String text = "text" + data.word;
        String number = "dnr" + data.word;
        String clause = "sats" + data.word;
        long item = data.item(meeting, 3, "Rubrik " + title, "Underlag " + text);
        assertThat(found(title)).containsExactly(item);
        assertThat(found(text)).containsExactly(item);

        db.execute("update agenda_item set title = 'Ny rubrik', case_number = ? where id = ?", "Dnr " + number, item);
        assertThat(found(title)).isEmpty();
        assertThat(found(number)).containsExactly(item);

        long decision = data.decision(item, DecisionOutcome.APPROVED, "Att godkänna " + clause);
        assertThat(found(clause)).containsExactly(item);
        db.execute("update decision_clause set text = 'Att avslå' where decision_id = ?", decision);
        assertThat(found(clause)).isEmpty();
        db.execute("insert into decision_clause (decision_id, position, text) values (?, 2, ?)", decision, "Att utreda " + clause);
        assertThat(found(clause)).containsExactly(item);
        db.execute("delete from decision_clause where decision_id = ? and position = 2", decision);
        assertThat(found(clause)).isEmpty();
        db.execute("insert into decision_clause (decision_id, position, text) values (?, 2, ?)", decision, "Att utreda " + clause);
        db.execute("delete from decision where id = ?", decision);
        assertThat(found(clause)).isEmpty();
        assertThat(found(text)).containsExactly(item);

        db.execute("update meeting set meeting_date = date '2022-05-27' where id = ?", meeting);
        assertThat(search.search(text).hits().getFirst().paragraph().meetingDate()).isEqualTo(LocalDate.of(2022, 5, 27));
        db.execute("update agenda_item set meeting_id = ?, number = 8 where id = ?", other, item);
        SearchService.Hit moved = search.search(text).hits().getFirst();
        assertThat(moved.paragraph().meetingId()).isEqualTo(other);
        assertThat(moved.paragraph().number()).isEqualTo(8);
        assertThat(moved.paragraph().meetingDate()).isEqualTo(LocalDate.of(2022, 6, 17));

        data.decision(data.item(meeting, 4, "Kvar " + title, null), DecisionOutcome.APPROVED, "Att notera " + clause);
        assertThat(stale()).isZero();
        db.execute("delete from agenda_item where id = ?", item);
        assertThat(found(text)).isEmpty();
        db.execute("delete from meeting where id = ?", meeting);
        assertThat(found(clause)).isEmpty();
        assertThat(db.fetchSingle("select count(*) from agenda_item_search").get(0, Long.class)).isZero();
    }

    private List<Long> found(String word) {
        return search.search(word).hits().stream().map(SearchService.Hit::itemId).toList();
    }

    /** Rows that differ from what the § and its meeting say now, or § without a row. */
    private long stale() {
        return db.fetchSingle("""
                select count(*) from agenda_item i join meeting m on m.id = i.meeting_id
                  left join agenda_item_search s on s.item_id = i.id
                 where s.item_id is null or s.meeting_id <> i.meeting_id or s.meeting_date <> m.meeting_date
                    or s.number <> i.number or s.search_vector <> agenda_item_search_vector(i.id)
                """).get(0, Long.class);
    }
}
