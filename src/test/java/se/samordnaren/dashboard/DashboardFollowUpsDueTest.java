package se.samordnaren.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.dashboard.BoardDashboard.FollowUpsDue;
import se.samordnaren.decision.FollowUpService;
import se.samordnaren.meeting.MeetingFilter;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.MeetingSummary;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-ups region is read in the dashboard's one statement (DashboardQueries); it must show what it showed when
 * it read every open follow-up (FollowUpService.list) and the next planned meeting (MeetingService.page) and filtered
 * them here: open follow-ups overdue or due by the next planned meeting, else within 60 days, in the same order — the
 * first {@link DashboardService#FOLLOW_UPS_SHOWN} of them with their count (FollowUpService's one read of follow-ups).
 */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class DashboardFollowUpsDueTest extends DatabaseTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    DashboardService dashboards;
    @Autowired
    FollowUpService followUps;
    @Autowired
    MeetingService meetings;

    /** Follow-ups of a held meeting, due: overdue, before, on and after the given day, at a meeting, and never. */
    private void followUpsAround(LocalDate day, Long dueMeeting) {
        long board = data.board();
        long held = data.heldMeeting(board, TODAY.minusDays(40), "Kansliet");
        long decision = data.paragraphWithDecision(held, 1, "Uppdrag", "Att återrapportera");
        data.followUp(decision, "Försenad", null, TODAY.minusDays(5));
        data.followUp(decision, "Före", null, day.minusDays(3));
        data.followUp(decision, "Samma dag", null, day);
        data.followUp(decision, "Efter", null, day.plusDays(1));
        data.followUp(decision, "Utan datum", null, null);
        if (dueMeeting != null) {
            data.followUpAtMeeting(decision, "Till mötet", dueMeeting);
        }
        // Closed: never due.
        long later = data.heldMeeting(board, TODAY.minusDays(10), "Kansliet");
        long closing = data.paragraphWithDecision(later, 1, "Återrapport", "Att lägga till handlingarna");
        long closed = data.followUp(decision, "Stängd", null, TODAY.minusDays(20));
        db.execute("update follow_up set status = 'CLOSED', closed_by_item_id = (select item_id from decision where id = ?) where id = ?",
                closing, closed);
    }

    /** What the dashboard showed before: every open follow-up and the next meeting, filtered here. */
    private FollowUpsDue asBefore() {
        MeetingSummary next = meetings.page(new MeetingFilter(null, null, MeetingStatus.PLANNED, TODAY),
                new PageRequest(0, 1, List.of(new PageRequest.Sort("date", false)))).stream().findFirst().orElse(null);
        LocalDate limit = next != null ? next.date() : TODAY.plusDays(DashboardService.DAYS_AHEAD_WITHOUT_MEETING);
        List<FollowUpService.Row> due = followUps.list(new FollowUpService.Filter(FollowUpService.Show.OPEN, null)).stream()
                .filter(r -> r.overdue() || (r.dueOn() != null && !r.dueOn().isAfter(limit)))
                .toList();
        return new FollowUpsDue(next == null ? null : next.date(), next == null ? null : next.id(),
                next == null ? null : next.bodyName(), limit, due.size(), (int) due.stream().filter(FollowUpService.Row::overdue).count(),
                due.stream().limit(DashboardService.FOLLOW_UPS_SHOWN).toList());
    }

    @Test
    void due_by_the_next_planned_meeting_as_before() {
        long board = data.board();
        LocalDate nextDate = TODAY.plusDays(20);
        long next = data.meeting(board, nextDate);
        data.meeting(board, TODAY.plusDays(50));
        followUpsAround(nextDate, next);

        FollowUpsDue shown = dashboards.board(null, TODAY).followUps();

        assertThat(shown).isEqualTo(asBefore());
        assertThat(shown.nextMeetingId()).isEqualTo(next);
        assertThat(shown.rows()).extracting(FollowUpService.Row::description)
                .containsExactly("Försenad", "Före", "Samma dag", "Till mötet");
    }

    @Test
    void more_than_shown_are_counted_and_the_most_urgent_listed_the_full_list_has_them_all() {
        long board = data.board();
        LocalDate nextDate = TODAY.plusDays(20);
        long next = data.meeting(board, nextDate);
        long held = data.heldMeeting(board, TODAY.minusDays(400), "Kansliet");
        long decision = data.paragraphWithDecision(held, 1, "Uppdrag", "Att återrapportera");
        int overdue = DashboardService.FOLLOW_UPS_SHOWN + 3;
        for (int n = 1; n <= overdue; n++) {
            data.followUp(decision, "Försenad " + n, null, TODAY.minusDays(300 - n)); // the oldest first: n = 1
        }
        data.followUp(decision, "Före mötet", null, nextDate.minusDays(1));
        data.followUp(decision, "Efter mötet", null, nextDate.plusDays(1));
        data.followUpAtMeeting(decision, "Till mötet", next);

        FollowUpsDue shown = dashboards.board(null, TODAY).followUps();

        assertThat(shown).isEqualTo(asBefore());
        assertThat(shown.count()).isEqualTo(overdue + 2);
        assertThat(shown.overdue()).isEqualTo(overdue);
        assertThat(shown.more()).isTrue();
        assertThat(shown.dueBy()).isEqualTo(nextDate);
        assertThat(shown.rows()).hasSize(DashboardService.FOLLOW_UPS_SHOWN)
                .extracting(FollowUpService.Row::description).startsWith("Försenad 1", "Försenad 2").doesNotContain("Före mötet");
        List<FollowUpService.Row> all = followUps.list(new FollowUpService.Filter(FollowUpService.Show.OPEN, null, shown.dueBy()));
        assertThat(all).hasSize(overdue + 2).startsWith(shown.rows().toArray(FollowUpService.Row[]::new));
        assertThat(all).extracting(FollowUpService.Row::description).endsWith("Före mötet", "Till mötet");
        assertThat(followUps.count(new FollowUpService.Filter(FollowUpService.Show.OPEN, null, shown.dueBy()))).isEqualTo(overdue + 2);
        assertThat(followUps.count(new FollowUpService.Filter(FollowUpService.Show.OPEN, null))).isEqualTo(overdue + 3);
    }

    @Test
    void without_a_planned_meeting_due_within_sixty_days_as_before() {
        followUpsAround(TODAY.plusDays(DashboardService.DAYS_AHEAD_WITHOUT_MEETING), null);

        FollowUpsDue shown = dashboards.board(null, TODAY).followUps();

        assertThat(shown).isEqualTo(asBefore());
        assertThat(shown.nextMeetingId()).isNull();
        assertThat(shown.rows()).extracting(FollowUpService.Row::description).containsExactly("Försenad", "Före", "Samma dag");
    }
}
