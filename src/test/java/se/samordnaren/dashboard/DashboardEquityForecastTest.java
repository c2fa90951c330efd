package se.samordnaren.dashboard;

import org.junit.jupiter.api.Test;
import se.samordnaren.testsupport.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * equity_forecast reads the budget plan only for the years after the last annual result and the versions that can
 * cover them (049-money-without-history.sql), so its cost does not grow with the budgets of the whole history: its
 * rows must be those of the definition of 016-money.sql, below, on Lund's money — also when the last annual result is
 * earlier, so that older versions and their plan years count.
 */
class DashboardEquityForecastTest extends DatabaseTest {

    /** equity_forecast as 016-money.sql defined it. */
    private static final String OLD_DEFINITION = """
            with last_result as (
                select year, equity_end from annual_result order by year desc limit 1
            ), planned as (
                select pr.year, pr.income, pr.costs, pr.result,
                       lr.equity_end + sum(pr.result) over (order by pr.year) as equity_end,
                       coalesce(y.total, (select sum(p.amount) from budget_plan p join budget_item bi on bi.id = p.budget_item_id
                                           where p.year = pr.year and bi.category = 'ALLOCATION')) as allocation
                  from budget_plan_result pr
                 cross join last_result lr
                  left join allocation_year y on y.year = pr.year
                 where pr.year > lr.year
            )
            select p.year, p.income, p.costs, p.result, p.equity_end::numeric(14,2) as equity_end, p.allocation::numeric(14,2) as allocation,
                   g.max_share, g.source,
                   round(p.allocation * g.max_share / 100, 2)::numeric(14,2) as allowed,
                   (p.equity_end - round(p.allocation * g.max_share / 100, 2))::numeric(14,2) as excess
              from planned p
              left join lateral guideline_step_for(make_date(p.year, 12, 31), p.allocation) g on true
            """;

    @Test
    void the_forecast_is_that_of_the_old_definition_whatever_the_last_annual_result() {
        MoneyFixture.lund(db);
        assertSameAsOld();

        // The 2020 result gone: 2019 is the last, and 2020 is forecast from the budgets that cover it.
        db.execute("delete from discharge where annual_result_id = (select id from annual_result where year = 2020)");
        db.execute("delete from annual_result where year = 2020");
        assertThat(assertSameAsOld()).contains(2020);

        // Without annual results there is nothing to forecast from.
        db.execute("delete from discharge");
        db.execute("delete from annual_result");
        assertThat(db.fetchValue("select count(*)::integer from equity_forecast")).isEqualTo(0);
    }

    /** The years forecast, after asserting the rows equal the old definition's. */
    private java.util.List<Integer> assertSameAsOld() {
        var now = db.fetch("select * from equity_forecast order by year");
        var old = db.fetch(OLD_DEFINITION + " order by year");
        assertThat(now).isNotEmpty();
        assertThat(now.map(r -> r.intoList())).isEqualTo(old.map(r -> r.intoList()));
        return now.getValues(0, Integer.class);
    }
}
