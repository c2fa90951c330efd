package se.samordnaren.dashboard;

import org.junit.jupiter.api.Test;
import se.samordnaren.testsupport.DatabaseTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline's funding_demand_year reads each undecided application's latest version directly
 * (041-money-year-indexes.sql) instead of through funding_application_overview: the rows must be those of the old
 * definition, below — latest versions only, decided and withdrawn applications left out, ideas as before.
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
    void the_demand_per_year_is_that_of_the_old_definition() {
        data.idea("Idé", "Vuxenskolan", 2027, 100_000);
        long revised = data.application("Sökande A", "Första", Map.of(2027, 100_000L, 2028, 50_000L));
        long v2 = db.resultQuery("insert into funding_application_version (application_id, received_on, title) values (?, date '2021-06-01', 'Första, reviderad') returning id",
                revised).fetchSingle(0, Long.class);
        db.execute("insert into application_requested_amount (version_id, year, amount) values (?, 2027, 80000), (?, 2029, 20000)", v2, v2);
        long withdrawn = data.application("Sökande B", "Andra", Map.of(2027, 30_000L));
        db.execute("update funding_application set status = 'WITHDRAWN' where id = ?", withdrawn);
        long proposed = data.application("Sökande C", "Tredje", Map.of(2028, 40_000L));
        db.execute("update funding_application set status = 'PROPOSED' where id = ?", proposed);

        var now = db.fetch("select * from funding_demand_year");
        var old = db.fetch(OLD_DEFINITION);

        assertThat(now).hasSize(4); // the idea's 2027, and the applications' 2027, 2028, 2029
        assertThat(now.intoSet(r -> r.intoList())).isEqualTo(old.intoSet(r -> r.intoList()));
        assertThat(db.fetchValue("select amount from funding_demand_year where source = 'APPLICATION' and year = 2028"))
                .isEqualTo(new java.math.BigDecimal("40000.00"));
    }
}
