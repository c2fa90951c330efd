package se.samordnaren.application;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.initiative.InitiativeService;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_OVERVIEW;

/**
 * The application list cuts its page from the applications before it computes the overview, and its totals and the
 * start page's demand read the latest versions directly (docs/performance.md): the same rows and sums as
 * funding_application_overview gives, also for a revised application (its latest version counts).
 */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class ApplicationListPageFirstTest extends DatabaseTest {

    @Autowired
    FundingApplicationService applications;
    @Autowired
    ApplicationStepService steps;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    IdeaService ideas;
    @Autowired
    InitiativeService initiatives;

    private long receive(String applicant, String title, int day, int fromYear, long... amounts) {
        return applications.create(new NewApplication(null, applicant, null, null, null,
                FundingApplicationServiceTest.version(title, LocalDate.of(2026, 1, day), fromYear, amounts)));
    }

    /** The overview's rows in the list's default order, filtered as the list filters (the reference). */
    private List<Long> overviewIds(ApplicationFilter filter) {
        var o = FUNDING_APPLICATION_OVERVIEW;
        return db.select(o.APPLICATION_ID).from(o)
                .where(filter.statuses() == null ? org.jooq.impl.DSL.noCondition() : o.STATUS.in(filter.statuses()))
                .and(filter.applicant() == null ? org.jooq.impl.DSL.noCondition() : o.APPLICANT.containsIgnoreCase(filter.applicant()))
                .orderBy(o.FIRST_RECEIVED_ON.desc(), o.APPLICATION_ID.desc())
                .fetch(o.APPLICATION_ID);
    }

    @Test
    void the_page_and_the_totals_are_the_overviews_also_for_a_revised_application() {
        long first = receive("Cirkus", "A", 1, 2026, 300_000);
        long revised = receive("Arena", "B", 2, 2026, 100_000, 50_000);
        receive("Bryggan", "C", 3, 2027, 200_000);
        steps.prepare(revised, queries.detail(revised).orElseThrow().version(), LocalDate.of(2026, 2, 1), StepOutcome.MORE_INFORMATION, "Komplettera");
        applications.revise(revised, queries.detail(revised).orElseThrow().version(),
                FundingApplicationServiceTest.version("B reviderad", LocalDate.of(2026, 3, 1), 2028, 70_000));

        List<ApplicationSummary> page = queries.list(ApplicationFilter.all(), PageRequest.of(0, 10));
        assertThat(page).extracting(ApplicationSummary::id).isEqualTo(overviewIds(ApplicationFilter.all()));
        ApplicationSummary b = page.stream().filter(a -> a.id() == revised).findFirst().orElseThrow();
        assertThat(b.title()).isEqualTo("B reviderad");
        assertThat(b.versionNo()).isEqualTo(2);
        assertThat(b.requestedTotal()).isEqualByComparingTo("70000");
        assertThat(queries.list(ApplicationFilter.all(), PageRequest.of(1, 1))).extracting(ApplicationSummary::id)
                .containsExactly(overviewIds(ApplicationFilter.all()).get(1));

        // The year filter looks at the latest version only: 2026 is no longer asked for in B's.
        assertThat(queries.list(new ApplicationFilter(null, null, 2026, null), PageRequest.of(0, 10)))
                .extracting(ApplicationSummary::id).containsExactly(first);
        assertThat(queries.list(new ApplicationFilter(null, null, 2028, null), PageRequest.of(0, 10)))
                .extracting(ApplicationSummary::id).containsExactly(revised);

        ApplicationTotals all = queries.totals(ApplicationFilter.all());
        assertThat(all.count()).isEqualTo(3);
        assertThat(all.requestedTotal()).isEqualByComparingTo("570000"); // 300 000 + 70 000 + 200 000
        assertThat(queries.totals(new ApplicationFilter(null, null, 2028, null)).requestedTotal()).isEqualByComparingTo("70000");
        assertThat(queries.totals(new ApplicationFilter(null, null, null, "arena")).count()).isEqualTo(1);
    }

    @Test
    void the_start_pages_money_is_demand_and_granted_per_year_as_read_one_by_one() {
        int year = LocalDate.now().getYear();
        receive("Cirkus", "A", 1, year, 300_000);
        receive("Arena", "B", 2, year + 1, 100_000, 50_000);
        data.idea("Idé " + data.tag, "Förslagsställare", year + 1, 40_000);
        // Money of closed years is no coming demand (049-money-without-history.sql).
        receive("Sent", "C", 3, year - 2, 80_000, 60_000);
        data.idea("Gammal idé " + data.tag, "Förslagsställare", year - 1, 10_000);

        IdeaService.MoneyOutlook outlook = ideas.moneyOutlook();
        assertThat(outlook.demand()).isEqualTo(ideas.demand());
        assertThat(outlook.granted()).isEqualTo(initiatives.grantedPerYear());
        assertThat(outlook.demand()).extracting(DemandYear::year).containsExactly(year, year + 1, year + 2);
        assertThat(outlook.demand().get(1).total()).isEqualByComparingTo(BigDecimal.valueOf(140_000));
    }
}
