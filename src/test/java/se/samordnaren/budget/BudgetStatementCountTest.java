package se.samordnaren.budget;

import se.samordnaren.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality bar: the budget screens read a bounded number of statements whatever the number of items, versions
 * and years — one per screen region (multiset for the lines and their cells), never one per line.
 */
@WithMockUser(username = "ekonom", roles = "EKONOM")
class BudgetStatementCountTest extends ViewTest {

    @Test
    void a_version_with_sixty_lines_opens_with_as_many_statements_as_one_with_three() {
        long small = versionWithLines("Liten", 3);
        StatementCounter.reset();
        BudgetVersionView three = open("budget/" + small, BudgetVersionView.class);
        int forThree = StatementCounter.count();
        int linesOfThree = three.detail.lines().size();
        long large = versionWithLines("Stor", 60);
        StatementCounter.reset();
        BudgetVersionView sixty = open("budget/" + large, BudgetVersionView.class);
        int forSixty = StatementCounter.count();

        assertThat(linesOfThree).as("the same view, shown again").isEqualTo(3);
        assertThat(sixty.detail.lines()).hasSize(63);
        assertThat(sixty.table.states).hasSize(63 * 3);
        assertThat(forSixty).isEqualTo(forThree).isEqualTo(1);

        // Saving a cell: the version's check, the write, and the totals read again.
        StatementCounter.reset();
        BudgetCells.enter(sixty.table, sixty.table.states.keySet().iterator().next(), "12 345");
        assertThat(StatementCounter.count()).isEqualTo(3);

        // The list (versions and items: one each) and the comparison (one) do not grow either.
        StatementCounter.reset();
        open("budget", BudgetsView.class);
        assertThat(StatementCounter.count()).isEqualTo(2);
        StatementCounter.reset();
        BudgetComparisonView comparison = open("budget/jamfor/" + small + "/" + large, BudgetComparisonView.class);
        assertThat(comparison.comparison.lines()).hasSize(63);
        assertThat(StatementCounter.count()).isEqualTo(1);
    }

    /** A draft of 2021 with {@code lines} cost lines of its own, each with an amount in each of its three years. */
    private long versionWithLines(String name, int lines) {
        long version = data.budgetVersion(2021, BudgetVersionKind.DRAFT, data.name(name));
        db.execute("""
                insert into budget_item (name, direction, category, position)
                select ? || ' ' || n, 'COST', 'ACTIVITY', n from generate_series(1, ?) n""", data.name(name), lines);
        db.execute("""
                insert into budget_amount (budget_version_id, budget_item_id, year, amount)
                select ?, i.id, y, 1000 * i.position + y
                  from budget_item i cross join generate_series(2021, 2023) y
                 where i.name like ? || ' %'""", version, data.name(name));
        return version;
    }
}
