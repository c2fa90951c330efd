package se.samordnaren.meeting;

import se.samordnaren.testsupport.StatementCounter;
import se.samordnaren.testsupport.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@WithMockUser(username = "countreader", roles = "STYRELSE")
class MeetingQueryCountTest extends DatabaseTest {

    @Autowired
    MeetingService meetings;

    @Test
    void the_minutes_of_a_meeting_are_read_in_a_bounded_number_of_statements() {
        long small = data.fullMeeting(3);
        long large = data.fullMeeting(30);

        StatementCounter.reset();
        Minutes three = meetings.load(small);
        int forThree = StatementCounter.count();
        StatementCounter.reset();
        Minutes thirty = meetings.load(large);
        int forThirty = StatementCounter.count();
        System.out.printf("Statements to load the minutes: %d for 3 §, %d for 30 §%n", forThree, forThirty);

        assertThat(thirty.paragraphs()).hasSize(30);
        assertThat(three.paragraphs()).hasSize(3);
        Minutes.Decision decision = thirty.paragraphs().get(29).decision();
        assertThat(decision.clauses()).extracting(Minutes.Clause::text)
                .containsExactly("Att bevilja medel för ärende 30", "Att återrapportera ärende 30");
        assertThat(decision.links()).singleElement().satisfies(l -> assertThat(l.note()).isEqualTo("Vald att justera"));
        assertThat(decision.references()).hasSize(1);
        assertThat(decision.followUps()).singleElement()
                .satisfies(f -> assertThat(f.state()).isEqualTo(Minutes.ConditionState.OVERDUE));
        assertThat(forThirty).isGreaterThan(0).isLessThanOrEqualTo(5).isEqualTo(forThree);

        // Approved minutes read their names as approved from their own rows: no extra statement.
        data.approve(large);
        StatementCounter.reset();
        Minutes approved = meetings.load(large);
        assertThat(approved.approved()).isTrue();
        assertThat(approved.paragraphs()).hasSize(30);
        assertThat(StatementCounter.count()).isEqualTo(forThirty);
    }
}
