package se.samordnaren.dashboard;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.application.IdeaService;
import se.samordnaren.dashboard.BoardDashboard.FollowUpsDue;
import se.samordnaren.decision.FollowUpService;
import se.samordnaren.common.PageRequest;
import se.samordnaren.meeting.MeetingFilter;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.MeetingSummary;
import se.samordnaren.security.Roles;

import java.time.LocalDate;
import java.util.List;

/**
 * The board's dashboard (Översikt): read-only, for those who may read the money (förbundschef, ekonom, styrelse,
 * revisor). The beredningsgrupp sees only the pipeline, on its start page (IdeaService.demand), never these figures.
 * A bounded number of statements for the whole page, however many years the association has: one per region.
 */
@Service
public class DashboardService {

    /** How far ahead follow-ups count as due when no meeting is planned. */
    static final int DAYS_AHEAD_WITHOUT_MEETING = 60;

    private final DashboardQueries queries;
    private final IdeaService ideas;
    private final FollowUpService followUps;
    private final MeetingService meetings;

    DashboardService(DashboardQueries queries, IdeaService ideas, FollowUpService followUps, MeetingService meetings) {
        this.queries = queries;
        this.ideas = ideas;
        this.followUps = followUps;
        this.meetings = meetings;
    }

    /**
     * The dashboard of a year (null: the current year if it has a reference budget, else the latest year that has
     * one, else the current year), as of {@code today}.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public BoardDashboard board(Integer year, LocalDate today) {
        DashboardQueries.Money money = queries.money(year, today.getYear());
        return new BoardDashboard(money.year(), money.budgetYears(), money.equity(), money.budget(), money.insatser(),
                ideas.demand(), followUpsDue(today), money.discharge(), money.latestImport());
    }

    private FollowUpsDue followUpsDue(LocalDate today) {
        MeetingSummary next = meetings.page(new MeetingFilter(null, null, MeetingStatus.PLANNED, today),
                new PageRequest(0, 1, List.of(new PageRequest.Sort("date", false)))).stream().findFirst().orElse(null);
        LocalDate limit = next != null ? next.date() : today.plusDays(DAYS_AHEAD_WITHOUT_MEETING);
        List<FollowUpService.Row> due = followUps.list(new FollowUpService.Filter(FollowUpService.Show.OPEN, null)).stream()
                .filter(r -> r.overdue() || (r.dueOn() != null && !r.dueOn().isAfter(limit)))
                .toList();
        return new FollowUpsDue(next == null ? null : next.date(), next == null ? null : next.id(),
                next == null ? null : next.bodyName(), due);
    }
}
