package se.samordnaren.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The start page's meeting figures in one statement, and the list's years: the answers of the reads they replace. */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class MeetingStartFiguresTest extends DatabaseTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 3, 19);

    @Autowired
    MeetingService meetings;

    @Test
    void the_next_meeting_and_the_held_ones_counted() {
        long body = data.board();
        assertThat(meetings.startFigures(TODAY)).isEqualTo(new MeetingService.StartFigures(java.util.Optional.empty(), 0));

        long past = data.meeting(body, TODAY.minusDays(40));
        assertThat(meetings.startFigures(TODAY).next()).get().extracting(MeetingSummary::id).isEqualTo(past);
        long latest = data.meeting(body, TODAY.minusDays(5));
        data.heldMeeting(body, TODAY.minusDays(1), "Kristallen");
        data.heldMeeting(body, TODAY.minusDays(60), "Kristallen");
        assertThat(meetings.startFigures(TODAY).next()).get().extracting(MeetingSummary::id).isEqualTo(latest);

        long later = data.meeting(body, TODAY.plusDays(30));
        long today = data.meeting(body, TODAY);
        MeetingService.StartFigures figures = meetings.startFigures(TODAY);
        assertThat(figures.next()).get().extracting(MeetingSummary::id).isEqualTo(today);
        assertThat(figures.next()).isEqualTo(meetings.nextMeeting(TODAY));
        assertThat(figures.toApprove()).isEqualTo(2).isEqualTo(meetings.count(new MeetingFilter(null, null, MeetingStatus.HELD)));
        assertThat(meetings.startFigures(TODAY.plusDays(1)).next()).get().extracting(MeetingSummary::id).isEqualTo(later);
    }

    @Test
    void the_years_are_those_with_meetings_newest_first() {
        long body = data.board();
        data.meeting(body, LocalDate.of(2017, 12, 31));
        data.meeting(body, LocalDate.of(2019, 1, 1));
        data.meeting(body, LocalDate.of(2019, 6, 1));
        assertThat(meetings.years()).containsExactly(2019, 2017);
    }
}
