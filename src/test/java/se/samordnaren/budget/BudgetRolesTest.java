package se.samordnaren.budget;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.PageRequest;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.DatabaseTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.BUDGET_AMOUNT;
import static se.samordnaren.db.Tables.BUDGET_VERSION;

/**
 * Who may do what with budgets, checked on the server: the förbundschef and the ekonom write; the board and the
 * auditors read; the secretary and the beredningsgrupp see no money at all.
 */
class BudgetRolesTest extends DatabaseTest {

    @Autowired
    BudgetService budgets;
    @Autowired
    BudgetQueries queries;
    private long version;
    private long item;
    private long decisionId;

    @BeforeEach
    void aDraftWithAnAmount() {
        item = data.budgetItem(data.name("Kansli"), BudgetCategory.OFFICE);
        version = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));
        data.budgetAmount(version, item, 2021, 1_700_000);
        decisionId = data.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, 5, "Budget").id();
    }

    private Map<String, ThrowingCallable> everyWrite() {
        return Map.of(
                "saveItem", () -> budgets.saveItem(new BudgetItemDraft(null, null, "Ny post", BudgetCategory.ACTIVITY, null, null, 0, true)),
                "createVersion", () -> budgets.createVersion(new NewBudgetVersion(2022, BudgetVersionKind.DRAFT, "Utkast", null, version)),
                "updateVersion", () -> budgets.updateVersion(new BudgetVersionEdit(version, 1, "Nytt namn", BudgetVersionKind.BUDGET, null)),
                "deleteVersion", () -> budgets.deleteVersion(version, 1),
                "setAmount", () -> budgets.setAmount(new AmountChange(version, item, 2022, BigDecimal.ONE, null, null)),
                "prefillInitiatives", () -> budgets.prefillInitiatives(version),
                "markDecided", () -> budgets.markDecided(version, 1, BudgetVersionKind.BUDGET, decisionId));
    }

    private void readsWorkAndEveryWriteIsRefused() {
        assertThat(queries.versions()).extracting(BudgetVersionSummary::id).containsExactly(version);
        assertThat(queries.version(version)).isPresent();
        assertThat(queries.compare(version, version)).isPresent();
        assertThat(queries.items()).hasSize(1);
        everyWrite().forEach((name, write) -> assertThatThrownBy(write).as(name).isInstanceOf(AccessDeniedException.class));
        assertThat(db.fetchValue(BUDGET_VERSION.VERSION, BUDGET_VERSION.ID.eq(version))).isEqualTo(1);
        assertThat(db.fetchCount(BUDGET_AMOUNT)).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_budgets_but_writes_nothing() {
        readsWorkAndEveryWriteIsRefused();
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void the_auditors_read_budgets_but_write_nothing() {
        readsWorkAndEveryWriteIsRefused();
    }

    @Test
    @WithMockUser(username = "bg", roles = "BEREDNINGSGRUPP")
    void the_beredningsgrupp_reads_no_money() {
        assertThatThrownBy(() -> queries.versions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.version(version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.compare(version, version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.decidingDecisions("", PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void the_secretary_reads_no_money_either() {
        assertThatThrownBy(() -> queries.versions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.totals(version)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budgets.setAmount(new AmountChange(version, item, 2022, BigDecimal.ONE, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_forbundschef_writes_budgets() {
        budgets.setAmount(new AmountChange(version, item, 2022, BigDecimal.ONE, null, null));
        budgets.markDecided(version, 1, BudgetVersionKind.BUDGET, decisionId);

        assertThat(queries.version(version).orElseThrow().decided()).isTrue();
        assertThat(db.fetchCount(BUDGET_AMOUNT)).isEqualTo(2);
    }
}
