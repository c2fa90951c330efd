package se.samordnaren.dashboard;

import se.samordnaren.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.DatabaseTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality bar: the board's dashboard of an association with 15 years of annual results, budgets, actuals, grants,
 * imports and discharge runs the same small number of statements as one with two years: the pipeline, and one for
 * everything else.
 */
@WithMockUser(username = "countreader", roles = "STYRELSE")
class DashboardStatementCountTest extends DatabaseTest {

    /** 15 years (2007–2021) of everything the dashboard reads, set-based. */
    private static final String FIFTEEN_YEARS = """
            do $do$
            declare
                board bigint;
            begin
                insert into member (name, member_type, municipal_share) values
                    ('FK', 'FORSAKRINGSKASSAN', null), ('AF', 'ARBETSFORMEDLINGEN', null),
                    ('Regionen', 'REGION', null), ('Kommunen', 'MUNICIPALITY', 100);
                insert into body (name, body_type, decision_verb) values ('Styrelsen', 'BOARD', 'Styrelsen beslutade')
                returning id into board;
                insert into meeting (body_id, meeting_date) select board, make_date(y, 3, 15) from generate_series(2007, 2021) y;
                insert into agenda_item (meeting_id, number, title, kind)
                select m.id, n, case n when 1 then 'Årsredovisning' else 'Reviderad budget' end, 'DECISION'
                  from meeting m cross join generate_series(1, 2) n;
                insert into decision (item_id, outcome) select id, 'APPROVED' from agenda_item;
                insert into guideline_step (valid_from, max_share, source) values ('2000-01-01', 20, 'Nationella rådet');
                insert into allocation_year (year, total) select y, 7000000 from generate_series(2007, 2023) y;
                insert into annual_result (year, income, costs, equity_start, equity_end, decision_id)
                select extract(year from m.meeting_date)::int - 1, 7000000, 6900000, 1000000 + 100000 * n, 1100000 + 100000 * n, d.id
                  from meeting m join agenda_item i on i.meeting_id = m.id and i.number = 1 join decision d on d.item_id = i.id
                 cross join lateral (select extract(year from m.meeting_date)::int - 2006 as n) k;
                insert into discharge (annual_result_id, member_id, granted_on)
                select r.id, mb.id, case when mb.name = 'Kommunen' and r.year % 3 = 0 then null else make_date(r.year + 1, 5, 1) end
                  from annual_result r cross join member mb;
                insert into initiative (name, owner_name, status, start_date)
                select 'Insats ' || n, 'Förbundet', 'RUNNING', date '2007-01-01' from generate_series(1, 8) n;
                insert into initiative_grant (initiative_id, year, kind, amount, is_opening_balance, opening_decided_on, opening_reference)
                select i.id, y, 'GRANT', 500000, true, make_date(y - 1, 11, 20), 'Styrelsen'
                  from initiative i cross join generate_series(2007, 2023) y;
                insert into budget_item (name, direction, category, member_id, initiative_id, position)
                select 'Tilldelning ' || m.name, 'INCOME', 'ALLOCATION', m.id, null, 1 from member m where m.name <> 'AF';
                insert into budget_item (name, direction, category, initiative_id, position)
                select i.name, 'COST', 'INITIATIVE', i.id, 10 from initiative i;
                insert into budget_item (name, direction, category, position) values ('Kansli', 'COST', 'OFFICE', 20);
                insert into budget_version (year, kind, name) select y, 'REVISED', 'Reviderad budget ' || y from generate_series(2007, 2021) y;
                insert into budget_amount (budget_version_id, budget_item_id, year, amount)
                select v.id, bi.id, v.year + k, case bi.direction when 'INCOME' then 2333333 else 650000 end
                  from budget_version v cross join budget_item bi cross join generate_series(0, 2) k;
                update budget_version v set decision_id = d.id
                  from meeting m join agenda_item i on i.meeting_id = m.id and i.number = 2 join decision d on d.item_id = i.id
                 where extract(year from m.meeting_date)::int = v.year;
                insert into actual_entry (budget_item_id, year, month, amount)
                select bi.id, y, mo, 50000 from budget_item bi cross join generate_series(2007, 2021) y cross join generate_series(1, 12) mo
                 where not (y = 2021 and mo > 9);
                insert into bookkeeping_import (file_name, format, content, period_start, period_end, row_count)
                select 'bokforing-' || y || '.se', 'SIE', convert_to('#FLAGGA 0', 'UTF8'), make_date(y, 1, 1), case y when 2021 then date '2021-09-30' else make_date(y, 12, 31) end, 1
                  from generate_series(2007, 2021) y;
                insert into bookkeeping_row (import_id, line_no, source_kind, booked_on, account, amount, budget_item_id)
                select b.id, 1, 'TRANSACTION', b.period_end, '6550', 1000, (select id from budget_item where name = 'Kansli')
                  from bookkeeping_import b;
            end;
            $do$
            """;

    @Autowired
    DashboardService dashboards;

    @Test
    void fifteen_years_of_money_load_in_the_same_bounded_number_of_statements_as_two() {
        MoneyFixture.lund(db);
        StatementCounter.reset();
        BoardDashboard lund = dashboards.board(2021, LocalDate.of(2021, 10, 15));
        List<String> forTwoYears = StatementCounter.statements();

        data.reset();
        db.execute(FIFTEEN_YEARS);
        StatementCounter.reset();
        BoardDashboard fifteen = dashboards.board(2021, LocalDate.of(2021, 10, 15));
        List<String> forFifteenYears = StatementCounter.statements();
        System.out.printf("Statements for the dashboard: %d with 2 years, %d with 15 years%n", forTwoYears.size(), forFifteenYears.size());

        assertThat(lund.equity()).hasSize(5);
        assertThat(fifteen.equity()).hasSize(15 + 3); // 2006–2020 reported, 2021–2023 forecast
        assertThat(fifteen.budgetYears()).hasSize(15);
        assertThat(fifteen.budget().lines()).hasSize(12);
        assertThat(fifteen.budget().months()).isEqualTo(9);
        assertThat(fifteen.insatser().rows()).hasSize(8);
        assertThat(fifteen.discharge()).hasSize(5);
        assertThat(fifteen.latestImport().fileName()).isEqualTo("bokforing-2021.se");
        assertThat(forFifteenYears).hasSameSizeAs(forTwoYears);
        assertThat(forFifteenYears.size()).isLessThanOrEqualTo(6); // issue 12's target (docs/performance.md)
    }
}
