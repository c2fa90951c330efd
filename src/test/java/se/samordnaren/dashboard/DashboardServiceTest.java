package se.samordnaren.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.budget.BudgetVersionKind;
import se.samordnaren.dashboard.BoardDashboard.EquityYear;
import se.samordnaren.dashboard.BoardDashboard.InsatsYear;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard's figures from Lund's money (docs/money.md), end to end through the SQL views of 016-money.sql. */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class DashboardServiceTest extends DatabaseTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 10, 15);

    @Autowired
    DashboardService dashboards;

    @BeforeEach
    void lund() {
        MoneyFixture.lund(db);
    }

    private static BigDecimal kr(long amount) {
        return BigDecimal.valueOf(amount);
    }

    @Test
    void lund_2020_equity_is_5_8_million_against_1_4_million_allowed_an_excess_of_4_4_million() {
        BoardDashboard board = dashboards.board(2021, TODAY);

        EquityYear y2020 = board.equity().stream().filter(e -> e.year() == 2020).findFirst().orElseThrow();
        assertThat(y2020.forecast()).isFalse();
        assertThat(y2020.result()).isEqualByComparingTo(kr(3_300_000));
        assertThat(y2020.equity()).isEqualByComparingTo(kr(5_800_000));
        assertThat(y2020.allowed()).isEqualByComparingTo(kr(1_400_000));
        assertThat(y2020.excess()).isEqualByComparingTo(kr(4_400_000));
        assertThat(y2020.maxShare()).isEqualByComparingTo("20");
        assertThat(y2020.decidedAt()).isNotNull();
        assertThat(y2020.decidedAt().label()).isEqualTo("Styrelsen 2021-03-19 § 6");
    }

    @Test
    void the_forecast_brings_the_equity_within_the_guideline_in_2022() {
        List<EquityYear> forecast = dashboards.board(2021, TODAY).equity().stream().filter(EquityYear::forecast).toList();

        assertThat(forecast).extracting(EquityYear::year).containsExactly(2021, 2022, 2023);
        assertThat(forecast).extracting(EquityYear::equity)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(kr(3_400_000), kr(1_100_000), kr(1_000_000));
        assertThat(forecast).extracting(EquityYear::above).containsExactly(true, false, false);
        assertThat(forecast.get(1).excess()).isEqualByComparingTo(kr(-300_000));
    }

    @Test
    void the_budget_of_2021_is_the_revised_one_against_nine_months_of_actuals_with_a_run_rate_forecast() {
        BoardDashboard.BudgetFollowUp budget = dashboards.board(2021, TODAY).budget();

        assertThat(budget.versionName()).isEqualTo("Reviderad budget 2021");
        assertThat(budget.kind()).isEqualTo(BudgetVersionKind.REVISED);
        assertThat(budget.decidedAt().label()).isEqualTo("Styrelsen 2021-03-19 § 7");
        assertThat(budget.months()).isEqualTo(9);
        assertThat(budget.income().budget()).isEqualByComparingTo(kr(7_700_000));
        assertThat(budget.costs().budget()).isEqualByComparingTo(kr(10_100_000));
        assertThat(budget.result().budget()).isEqualByComparingTo(kr(-2_400_000));
        BoardDashboard.BudgetLine office = budget.lines().stream().filter(l -> l.name().equals("Kansli")).findFirst().orElseThrow();
        // 9 × 125 000 by hand + 12 000 from the imported file
        assertThat(office.actual()).isEqualByComparingTo(kr(1_137_000));
        assertThat(office.forecast()).isEqualByComparingTo(kr(1_516_000));
        assertThat(office.shareUsed()).isEqualByComparingTo("75.8");
        assertThat(budget.lines().getFirst().direction()).isEqualTo(BudgetDirection.INCOME);
        assertThat(budget.lines()).hasSize(15);
        BigDecimal costs = budget.lines().stream().filter(l -> l.direction() == BudgetDirection.COST)
                .map(BoardDashboard.BudgetLine::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(budget.costs().actual()).isEqualByComparingTo(costs);
        assertThat(budget.income().actual()).isEqualByComparingTo(kr(4_287_500));
    }

    @Test
    void the_insatser_show_granted_against_used_and_what_is_decided_but_not_used() {
        BoardDashboard.InsatsMoney money = dashboards.board(2021, TODAY).insatser();

        InsatsYear enVagIn = money.rows().stream().filter(r -> r.name().equals("En väg in")).findFirst().orElseThrow();
        assertThat(enVagIn.granted()).isEqualByComparingTo(kr(1_200_000));
        assertThat(enVagIn.used()).isEqualByComparingTo(kr(990_000));
        assertThat(enVagIn.remaining()).isEqualByComparingTo(kr(210_000));
        assertThat(enVagIn.grantedLater()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(money.granted()).isEqualByComparingTo(kr(8_000_000));
        assertThat(money.grantedLater()).isEqualByComparingTo(kr(5_900_000));
        assertThat(money.decidedNotUsed()).isEqualByComparingTo(money.rows().stream()
                .map(r -> r.remaining().max(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add).add(kr(5_900_000)));
    }

    @Test
    void discharge_outstanding_and_the_latest_import_are_shown() {
        BoardDashboard board = dashboards.board(2021, TODAY);

        assertThat(board.discharge()).singleElement().satisfies(d -> {
            assertThat(d.year()).isEqualTo(2019);
            assertThat(d.memberName()).isEqualTo("Lunds kommun");
        });
        assertThat(board.latestImport().fileName()).isEqualTo("lund-2021.se");
        assertThat(board.latestImport().unmappedRows()).isEqualTo(1);
        assertThat(board.latestImport().periodEnd()).isEqualTo(LocalDate.of(2021, 9, 30));
    }

    @Test
    void without_a_year_the_current_year_is_shown_if_it_has_a_budget_else_the_latest_that_has_one() {
        assertThat(dashboards.board(null, TODAY).year()).isEqualTo(2021);
        assertThat(dashboards.board(null, LocalDate.of(2026, 1, 10)).year()).isEqualTo(2021);
        assertThat(dashboards.board(null, LocalDate.of(2020, 6, 1)).year()).isEqualTo(2020);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void the_beredningsgrupp_is_refused_the_money() {
        assertThatThrownBy(() -> dashboards.board(2021, TODAY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void the_secretary_is_refused_the_money() {
        assertThatThrownBy(() -> dashboards.board(2021, TODAY)).isInstanceOf(AccessDeniedException.class);
    }
}
