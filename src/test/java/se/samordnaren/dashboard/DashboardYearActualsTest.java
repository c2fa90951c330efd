package se.samordnaren.dashboard;

import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.dashboard.BoardDashboard.BudgetLine;
import se.samordnaren.dashboard.BoardDashboard.InsatsYear;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard aggregates one year's actuals (041-money-year-indexes.sql lets the year reach bookkeeping_row and
 * actual_entry through actual_monthly): the figures must be those of the all-years aggregation the view did before,
 * cut to the year afterwards — for every year of Lund's money, including one with an import replaced by a later one.
 */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class DashboardYearActualsTest extends DatabaseTest {

    /** actual_monthly of every year (offset 0 keeps PostgreSQL from pushing the year in), summed per line for one year. */
    private static final String ALL_YEARS_THEN_CUT = """
            select budget_item_id, sum(amount) as actual, max(month) as months
              from (select * from actual_monthly offset 0) all_years
             where year = {0}
             group by budget_item_id
            """;

    @Autowired
    DashboardService dashboards;

    /** An earlier import of 2021 that lund-2021.se replaced, and rows of 2020 and December 2021 on lines. */
    private static final String MORE_BOOKKEEPING = """
            with old as (
                insert into bookkeeping_import (file_name, format, content, period_start, period_end, row_count, replaced_by_id)
                select 'lund-2021-v1.se', 'SIE', convert_to('#FLAGGA 0', 'UTF8'), '2021-01-01', '2021-06-30', 1, id
                  from bookkeeping_import where file_name = 'lund-2021.se'
                returning id
            ), earlier as (
                insert into bookkeeping_import (file_name, format, content, period_start, period_end, row_count)
                values ('lund-2020.se', 'SIE', convert_to('#FLAGGA 0', 'UTF8'), '2020-01-01', '2020-12-31', 2)
                returning id
            )
            insert into bookkeeping_row (import_id, line_no, source_kind, booked_on, account, amount, budget_item_id)
            select old.id, 1, 'TRANSACTION', date '2021-03-01', '6550', 99000, (select id from budget_item where name = 'Kansli') from old
            union all
            select earlier.id, 1, 'TRANSACTION', date '2020-12-31', '6550', 7000, (select id from budget_item where name = 'Kansli') from earlier
            union all
            select earlier.id, 2, 'TRANSACTION', date '2020-05-31', '3010', -5000, (select id from budget_item where direction = 'INCOME' order by id limit 1) from earlier
            """;

    @Test
    void every_years_actuals_on_the_dashboard_equal_the_all_years_aggregation_cut_to_that_year() {
        MoneyFixture.lund(db);
        db.execute(MORE_BOOKKEEPING);
        List<Integer> years = db.fetchValues("select distinct year from actual_monthly order by 1").stream()
                .map(v -> ((Number) v).intValue()).toList();
        assertThat(years).contains(2020, 2021);

        for (int year : years) {
            Result<Record> expected = db.fetch(ALL_YEARS_THEN_CUT, year);
            Map<Long, BigDecimal> expectedActuals = expected.stream().collect(Collectors.toMap(
                    r -> r.get("budget_item_id", Long.class), r -> r.get("actual", BigDecimal.class)));
            int expectedMonths = expected.stream().mapToInt(r -> r.get("months", Integer.class)).max().orElse(0);

            BoardDashboard board = dashboards.board(year, LocalDate.of(2021, 10, 15));
            assertThat(board.budget().months()).as("months of %d", year).isEqualTo(expectedMonths);
            Map<Long, BigDecimal> shown = board.budget().lines().stream()
                    .filter(l -> l.actual().signum() != 0 || expectedActuals.containsKey(l.itemId()))
                    .collect(Collectors.toMap(BudgetLine::itemId, BudgetLine::actual));
            assertThat(shown.keySet()).as("lines with actuals in %d", year).containsExactlyInAnyOrderElementsOf(expectedActuals.keySet());
            expectedActuals.forEach((item, actual) ->
                    assertThat(shown.get(item)).as("line %d in %d", item, year).isEqualByComparingTo(actual));
            for (InsatsYear insats : board.insatser().rows()) {
                BigDecimal actual = insats.budgetItemId() == null ? null : expectedActuals.get(insats.budgetItemId());
                assertThat(insats.used()).as("%s in %d", insats.name(), year)
                        .isEqualByComparingTo(actual == null ? BigDecimal.ZERO : actual);
            }
        }
    }

    /**
     * Fourteen earlier years of history: an import of 2006–2019 with 20 000 rows on the fixture's lines, and a manual
     * amount per line and month of the same years. With that, reading every year costs what it does on a real
     * association, so the planner's own choice (statistics, no plan type switched off) is the evidence.
     */
    private static final String HISTORY = """
            with history as (
                insert into bookkeeping_import (file_name, format, content, period_start, period_end, row_count)
                values ('historik.se', 'SIE', convert_to('#FLAGGA 0', 'UTF8'), '2006-01-01', '2019-12-31', 20000)
                returning id
            ), items as (
                select array_agg(id order by id) as ids from budget_item
            )
            insert into bookkeeping_row (import_id, line_no, source_kind, booked_on, account, amount, budget_item_id)
            select history.id, n, 'TRANSACTION', date '2006-01-01' + (n % 5110), '6550', 100 + n % 900,
                   items.ids[1 + n % cardinality(items.ids)]
              from history, items, generate_series(1, 20000) n;
            insert into actual_entry (budget_item_id, year, month, amount)
            select i.id, y, m, 1000 from budget_item i, generate_series(2006, 2019) y, generate_series(1, 12) m
            """;

    @Test
    void a_years_rows_are_found_by_the_year_indexes_not_by_reading_every_year() {
        MoneyFixture.lund(db);
        db.execute(HISTORY);
        // Plans on a fixture-sized table are the planner's coin toss (an earlier version switched scans off and still
        // saw another index read whole, twice in CI): on history sized like a real association's, with fresh
        // statistics, only the year indexes make one year cheap.
        db.execute("analyze bookkeeping_row");
        db.execute("analyze actual_entry");
        db.execute("analyze bookkeeping_import");
        db.execute("analyze budget_item");
        String plan = db.fetch("explain select budget_item_id, sum(amount) from actual_monthly where year = 2021 group by 1")
                .stream().map(r -> r.get(0, String.class)).collect(Collectors.joining("\n"));
        assertThat(plan).contains("bookkeeping_row_year_idx").contains("actual_entry_year_idx")
                .doesNotContain("Seq Scan on bookkeeping_row").doesNotContain("Seq Scan on actual_entry");
    }

    @Test
    void without_any_budget_the_dashboard_shows_the_current_year() {
        assertThat(dashboards.board(null, LocalDate.of(2026, 1, 10)).year()).isEqualTo(2026);
    }
}
