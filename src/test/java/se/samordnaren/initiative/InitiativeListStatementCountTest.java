package se.samordnaren.initiative;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import se.samordnaren.common.PageRequest;
import se.samordnaren.testsupport.DatabaseTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.INITIATIVE;

/**
 * The quality bar: the insats list with 300 insatser and 10 years of grants loads a page with a small constant
 * number of statements (multiset, no query per row), and its totals with one more.
 */
class InitiativeListStatementCountTest extends DatabaseTest {

    @Test
    void three_hundred_insatser_with_ten_years_of_grants_load_in_one_statement_per_page_and_one_for_the_totals() {
        String tag = data.tag;
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
        InitiativeService service = new InitiativeService(counting, new InitiativeQueries(counting));
        InitiativeFilter mine = new InitiativeFilter(null, null, null, null, null, "Mätinsats " + tag);
        PageRequest all = PageRequest.first(PageRequest.MAX_LIMIT);

        List<InitiativeRow> rows = service.rows(mine, all);
        int rowStatements = statements.size();
        statements.clear();
        InitiativeTotals totals = service.totals(mine);
        int totalStatements = statements.size();
        statements.clear();
        List<InitiativeRow> page = service.rows(InitiativeFilter.none(), new PageRequest(100, 50,
                List.of(new PageRequest.Sort("money", true), new PageRequest.Sort("name", false))));
        int pageStatements = statements.size();
        statements.clear();
        service.rows(new InitiativeFilter(InitiativeStatus.RUNNING, null, 2020, Orientation.INDIVIDUAL, 2021, "Mätinsats " + tag), all);
        service.totals(new InitiativeFilter(InitiativeStatus.RUNNING, null, 2020, Orientation.INDIVIDUAL, 2021, "Mätinsats " + tag));
        int filteredStatements = statements.size();

        assertThat(rows).hasSize(300);
        assertThat(rows).allSatisfy(r -> assertThat(r.grants()).hasSize(10));
        assertThat(totals.count()).isEqualTo(300);
        assertThat(totals.perYear()).hasSize(10);
        assertThat(totals.perYear().getFirst().amount()).isEqualByComparingTo("30604800"); // 300 × 102 016
        assertThat(page).hasSize(50);
        assertThat(rowStatements).isEqualTo(1);
        assertThat(totalStatements).isEqualTo(1);
        assertThat(pageStatements).isEqualTo(1);
        assertThat(filteredStatements).isEqualTo(2);
    }
}
