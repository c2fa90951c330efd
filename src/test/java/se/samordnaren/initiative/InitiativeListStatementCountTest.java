package se.samordnaren.initiative;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.INITIATIVE;

/**
 * The quality bar: the insats list with 300 insatser and 10 years of grants loads with a small constant number of
 * statements (multiset, no query per row). Rolled back afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class InitiativeListStatementCountTest {

    @Autowired
    DSLContext db;

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void three_hundred_insatser_with_ten_years_of_grants_load_in_one_statement() {
        String tag = new InitiativeTestData(db).tag;
        // 300 insatser, then 10 opening balances each (2016–2025): two set-based inserts.
        db.execute("""
                insert into initiative (name, owner_name, status, start_date, planned_end_date, orientation)
                select 'Mätinsats ' || ? || ' ' || lpad(n::text, 3, '0'), 'Ägare ' || (n % 7), 'RUNNING',
                       date '2016-01-01', date '2025-12-31', case when n % 2 = 0 then 'INDIVIDUAL' else 'STRUCTURAL' end
                  from generate_series(1, 300) n""", tag);
        db.execute("""
                insert into initiative_grant (initiative_id, year, kind, amount, is_opening_balance, opening_decided_on, opening_reference)
                select i.id, y, 'GRANT', 100000 + y, true, date '2015-11-27', 'Styrelsen 2015-11-27 § 4'
                  from initiative i cross join generate_series(2016, 2025) y
                 where i.name like 'Mätinsats ' || ? || ' %'""", tag);
        assertThat(db.fetchCount(INITIATIVE, INITIATIVE.NAME.like("Mätinsats " + tag + " %"))).isEqualTo(300);

        List<String> statements = new ArrayList<>();
        DSLContext counting = db.configuration().derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.add(ctx.sql());
            }
        })).dsl();
        InitiativeService service = new InitiativeService(counting);

        service.list(InitiativeFilter.none()); // warm-up (JIT, plan cache), not counted
        statements.clear();
        long started = System.nanoTime();
        InitiativeList list = service.list(new InitiativeFilter(null, null, null, null, null, "Mätinsats " + tag));
        long millis = (System.nanoTime() - started) / 1_000_000;
        int listStatements = statements.size();

        statements.clear();
        long startedAll = System.nanoTime();
        InitiativeList all = service.list(InitiativeFilter.none());
        long millisAll = (System.nanoTime() - startedAll) / 1_000_000;
        int allStatements = statements.size();

        statements.clear();
        service.list(new InitiativeFilter(InitiativeStatus.RUNNING, null, 2020, Orientation.INDIVIDUAL, 2021, "Mätinsats " + tag));
        int filteredStatements = statements.size();

        System.out.printf("300 insatser × 10 år: %d statement(s), %d ms (filtered to the 300); whole register %d rows: %d statement(s), %d ms; all filters: %d statement(s)%n",
                listStatements, millis, all.rows().size(), allStatements, millisAll, filteredStatements);

        assertThat(list.rows()).hasSize(300);
        assertThat(list.rows()).allSatisfy(r -> assertThat(r.grants()).hasSize(10));
        assertThat(list.totalsPerYear()).hasSize(10);
        assertThat(list.totalsPerYear().getFirst().amount()).isEqualByComparingTo("30604800"); // 300 × 102 016
        assertThat(listStatements).isEqualTo(1);
        assertThat(allStatements).isEqualTo(1);
        assertThat(filteredStatements).isEqualTo(1);
        assertThat(millis).isLessThan(5_000);
    }
}
