package se.samordnaren.meeting;

import se.samordnaren.testsupport.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The start page's "next meeting": first planned from today on, else the latest planned one; held ones never. */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class MeetingNextTest extends DatabaseTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 3, 19);

    @Autowired
    MeetingService meetings;
    long body;

    @BeforeEach
    void body() {
        body = data.board();
    }

    @Test
    void no_planned_meeting_means_none() {
        held(TODAY.plusDays(3));
        assertThat(meetings.nextMeeting(TODAY)).isEmpty();
    }

    @Test
    void the_earliest_planned_meeting_from_today_on() {
        data.meeting(body, TODAY.minusDays(10));
        long later = data.meeting(body, TODAY.plusDays(30));
        long today = data.meeting(body, TODAY);
        held(TODAY.plusDays(1));
        assertThat(meetings.nextMeeting(TODAY)).get().extracting(MeetingSummary::id).isEqualTo(today);
        assertThat(meetings.nextMeeting(TODAY.plusDays(1))).get().extracting(MeetingSummary::id).isEqualTo(later);
    }

    @Test
    void with_none_ahead_the_latest_planned_one() {
        data.meeting(body, TODAY.minusDays(40));
        long latest = data.meeting(body, TODAY.minusDays(5));
        held(TODAY.minusDays(1));
        assertThat(meetings.nextMeeting(TODAY)).get().extracting(MeetingSummary::id).isEqualTo(latest);
    }

    private void held(LocalDate date) {
        data.heldMeeting(body, date, "Kommunhuset Kristallen");
    }
}
