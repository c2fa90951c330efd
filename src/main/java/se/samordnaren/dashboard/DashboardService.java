package se.samordnaren.dashboard;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.application.IdeaService;
import se.samordnaren.security.Roles;

import java.time.LocalDate;

/**
 * The board's dashboard (Översikt): read-only, for those who may read the money (förbundschef, ekonom, styrelse,
 * revisor). The beredningsgrupp sees only the pipeline, on its start page (IdeaService.demand), never these figures.
 * A bounded number of statements for the whole page, however many years the association has (two: see
 * {@link DashboardQueries}).
 */
@Service
public class DashboardService {

    /** How far ahead follow-ups count as due when no meeting is planned. */
    static final int DAYS_AHEAD_WITHOUT_MEETING = 60;
    /**
     * How many follow-ups due the dashboard lists, the most urgent first (with their count: the page reads the same
     * whatever the number of overdue ones; the follow-up list has them all).
     */
    static final int FOLLOW_UPS_SHOWN = 10;

    private final DashboardQueries queries;
    private final IdeaService ideas;

    DashboardService(DashboardQueries queries, IdeaService ideas) {
        this.queries = queries;
        this.ideas = ideas;
    }

    /**
     * The dashboard of a year (null: the current year if it has a reference budget, else the latest year that has
     * one, else the current year), as of {@code today}: two statements, the pipeline (IdeaService's, shared with the
     * beredningsgrupp's start page) and everything else.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public BoardDashboard board(Integer year, LocalDate today) {
        DashboardQueries.Money money = queries.money(year, today, FOLLOW_UPS_SHOWN);
        return new BoardDashboard(money.year(), money.budgetYears(), money.equity(), money.budget(), money.insatser(),
                ideas.demand(), money.followUps(), money.discharge(), money.latestImport());
    }
}
