package se.samordnaren.dashboard;

import org.junit.jupiter.api.Test;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline's funding_demand_year reads each undecided application's latest version directly
 * (041-money-year-indexes.sql) instead of through funding_application_overview, and only the current year and later
 * (049-money-without-history.sql): the rows must be those of the old definition, below, for those years — latest versions
 * only, decided and withdrawn applications left out, ideas as before — and none of an earlier year.
 */
class DashboardPipelineTest extends DatabaseTest {

    /** funding_demand_year as 003-initiatives.sql defined it. */
    private static final String OLD_DEFINITION = """
            select i.expected_year as year, 'IDEA'::text as source, count(*)::integer as item_count,
                   coalesce(sum(i.rough_amount), 0)::numeric(14,2) as amount
              from idea i
             where i.status = 'IDEA' and i.expected_year is not null
             group by i.expected_year
            union all
            select r.year, 'APPLICATION', count(distinct o.application_id)::integer, sum(r.amount)::numeric(14,2)
              from funding_application_overview o
              join application_requested_amount r on r.version_id = o.version_id
             where o.status in ('RECEIVED', 'PREPARED', 'PROPOSED', 'REFERRED_BACK')
             group by r.year
            """;

    @Test
    void the_demand_per_year_is_that_of_the_old_definition_from_the_current_year_on() {
        int y = LocalDate.now().getYear();
        data.idea("Idé", "Vuxenskolan", y + 1, 100_000);
        data.idea("Gammal idé", "Vuxenskolan", y - 1, 70_000);
        long revised = data.application("Sökande A", "Första", Map.of(y + 1, 100_000L, y + 2, 50_000L));
        long v2 = db.resultQuery("insert into funding_application_version (application_id, received_on, title) values (?, date '2021-06-01', 'Första, reviderad') returning id",
                revised).fetchSingle(0, Long.class);
        db.execute("insert into application_requested_amount (version_id, year, amount) values (?, ?, 80000), (?, ?, 20000), (?, ?, 5000)",
                v2, y + 1, v2, y + 3, v2, y - 1);
        long withdrawn = data.application("Sökande B", "Andra", Map.of(y + 1, 30_000L));
        db.execute("update funding_application set status = 'WITHDRAWN' where id = ?", withdrawn);
        long proposed = data.application("Sökande C", "Tredje", Map.of(y + 2, 40_000L, y, 15_000L));
        db.execute("update funding_application set status = 'PROPOSED' where id = ?", proposed);
        data.application("Sökande D", "Sen", Map.of(y - 2, 60_000L));

        var now = db.fetch("select * from funding_demand_year");
        var old = db.fetch("select * from (" + OLD_DEFINITION + ") d where year >= " + y);

        assertThat(now).hasSize(5); // the idea's y+1, and the applications' y, y+1, y+2, y+3
        assertThat(now.intoSet(r -> r.intoList())).isEqualTo(old.intoSet(r -> r.intoList()));
        assertThat(db.fetchValue("select amount from funding_demand_year where source = 'APPLICATION' and year = " + (y + 2)))
                .isEqualTo(new java.math.BigDecimal("40000.00"));
        assertThat(db.fetchValue("select count(*)::integer from (" + OLD_DEFINITION + ") d where year < " + y))
                .as("the old definition had earlier years").isEqualTo(3);
        assertThat(db.fetchValue("select count(*)::integer from funding_demand_year where year < " + y)).isEqualTo(0);
    }
}
