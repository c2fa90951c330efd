package se.samordnaren.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.DatabaseTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.BUDGET_PLAN_RESULT;
import static se.samordnaren.db.Tables.BUDGET_REFERENCE;
import static se.samordnaren.db.Tables.BUDGET_VERSION;
import static se.samordnaren.db.Tables.DECISION_LINK;

/**
 * The Lund budgets of the demo, end to end through the budget reads: the figures the protocols state, the year's
 * reference, the deciding § and the plan that brings the equity down.
 */
@WithMockUser(username = "ekonom", roles = "EKONOM")
class BudgetDemoTest extends DatabaseTest {

    @Autowired
    BudgetQueries queries;
    @Autowired
    BudgetService budgets;

    @Test
    void the_lund_budgets_carry_the_figures_of_the_protocols() throws IOException {
        loadDemoData();

        List<BudgetVersionSummary> versions = queries.versions();
        assertThat(versions).extracting(v -> v.year() + " " + v.name() + " " + (v.decided() ? v.decidedAt().label() : "utkast")
                        + (v.reference() ? " (referens)" : "") + " " + v.result().toBigInteger())
                .containsExactly(
                        "2022 Budget 2022 (utkast) utkast -2300000",
                        "2021 Reviderad budget 2021 Styrelsen 2021-03-19 § 7 (referens) -2400000",
                        "2021 Budget 2021 med plan 2022–2023 Styrelsen 2020-11-27 § 5 -2300000",
                        "2020 Reviderad budget 2020 Styrelsen 2020-03-13 § 2 (referens) 3178000");

        long revised = versions.get(1).id();
        assertThat(queries.version(revised).orElseThrow().totals())
                .extracting(t -> t.year() + ": " + t.income().toBigInteger() + " / " + t.costs().toBigInteger())
                .containsExactly("2021: 7700000 / 10100000", "2022: 7000000 / 9300000", "2023: 7000000 / 7100000");
        assertThat(db.selectFrom(BUDGET_PLAN_RESULT).orderBy(BUDGET_PLAN_RESULT.YEAR).fetch(r -> r.getYear() + "=" + r.getResult().toBigInteger()))
                .as("the plan the equity forecast reads").containsExactly("2020=3178000", "2021=-2400000",
                        "2022=-2300000", "2023=-100000");
        assertThat(db.fetchCount(BUDGET_REFERENCE)).isEqualTo(2);
        assertThat(db.fetchCount(DECISION_LINK, DECISION_LINK.RECORD_ID.in(
                db.select(BUDGET_VERSION.RECORD_ID).from(BUDGET_VERSION)))).as("each § lists its budget").isEqualTo(3);

        BudgetComparison march = queries.compare(versions.get(2).id(), revised).orElseThrow();
        assertThat(march.totals()).extracting(t -> t.year() + ": " + t.income().difference().toBigInteger() + " / "
                        + t.costs().difference().toBigInteger() + " / " + t.result().difference().toBigInteger())
                .containsExactly("2021: 100000 / 200000 / -100000", "2022: 0 / 100000 / -100000", "2023: 0 / 0 / 0");

        // The draft's insats lines already are what was granted: filling them from the grants changes nothing.
        assertThat(budgets.prefillInitiatives(versions.get(0).id())).isZero();
    }

    /** The demo association's data, run as the demo loader runs it (plain JDBC: the files are PostgreSQL scripts). */
    private void loadDemoData() throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.sql");
        Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
        for (Resource script : scripts) {
            String sql = script.getContentAsString(StandardCharsets.UTF_8);
            db.connection(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            });
        }
    }
}
