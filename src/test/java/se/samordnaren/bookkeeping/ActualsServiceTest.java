package se.samordnaren.bookkeeping;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.bookkeeping.sie.SieTestFiles;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.testsupport.TestData;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.ACTUAL_ENTRY;
import static se.samordnaren.db.Tables.BOOKKEEPING_ROW;

/**
 * The year of actuals as a grid (summed in SQL with the sums of income and costs and the result), the amounts entered
 * by hand, the account mapping's rules and the accounts seen, and who may do what.
 */
@WithMockUser(username = "ekonom", roles = "EKONOM")
class ActualsServiceTest extends DatabaseTest {

    @Autowired
    ActualsService actuals;
    @Autowired
    BookkeepingImportService imports;
    @Autowired
    AccountMappingService mapping;

    TestData.LundBudget lund;

    @BeforeEach
    void lund() {
        lund = data.lundBudgetWithAccountRules();
    }

    private long importFortnox() {
        return imports.save("fortnox.se", SieTestFiles.encode(SieImportTest.FORTNOX, SieTestFiles.CP437,
                SieTestFiles.CRLF, false));
    }

    @Test
    void the_year_shows_every_item_by_month_with_the_sums_of_income_and_costs_and_the_result() {
        importFortnox();
        actuals.save(new ManualEntry(null, lund.item("Kansli"), 2021, 3, new BigDecimal("2000.00"), "Kaffe", null));
        actuals.save(new ManualEntry(null, lund.item("Tilldelning Lunds kommun"), 2021, 2, new BigDecimal("1750000"),
                null, null));

        ActualsYear year = actuals.year(2021);

        List<ActualsLine> lines = year.lines();
        assertThat(lines).extracting(ActualsLine::name).startsWith("Tilldelning Försäkringskassan",
                "Tilldelning Region Skåne", "Tilldelning Lunds kommun", "ESF-ersättning IRIS", null, "Kansli");
        assertThat(lines).hasSize(lund.items().size() + 3);
        ActualsLine kansli = line(year, "Kansli");
        assertThat(kansli.month(1)).isEqualByComparingTo("15000.00");
        assertThat(kansli.month(2)).isNull();
        assertThat(kansli.month(3)).isEqualByComparingTo("100000.00");
        assertThat(kansli.hasImported(3)).isTrue();
        assertThat(kansli.hasManual(3)).isTrue();
        assertThat(kansli.hasManual(1)).isFalse();
        assertThat(kansli.total()).isEqualByComparingTo("115000.00");
        ActualsLine income = lines.get(4);
        assertThat(income.kind()).isEqualTo(ActualsLine.Kind.SUBTOTAL);
        assertThat(income.direction()).isEqualTo(se.samordnaren.budget.BudgetDirection.INCOME);
        assertThat(income.month(1)).isEqualByComparingTo("875000.00");
        assertThat(income.month(2)).isEqualByComparingTo("1750000.00");
        assertThat(income.total()).isEqualByComparingTo("2875000.00");
        ActualsLine costs = lines.get(lines.size() - 2);
        assertThat(costs.kind()).isEqualTo(ActualsLine.Kind.SUBTOTAL);
        assertThat(costs.total()).isEqualByComparingTo("265000.50");
        ActualsLine result = lines.getLast();
        assertThat(result.kind()).isEqualTo(ActualsLine.Kind.RESULT);
        assertThat(result.month(1)).isEqualByComparingTo("860000.00");
        assertThat(result.month(2)).isEqualByComparingTo("1599999.50");
        assertThat(result.month(4)).isNull();
        assertThat(result.total()).isEqualByComparingTo("2609999.50");
        assertThat(actuals.year(2020).lines()).allMatch(line -> line.total() == null);
        assertThat(actuals.years()).contains(2021);
    }

    @Test
    void a_figure_shows_what_was_entered_by_hand_and_the_rows_behind_it() {
        importFortnox();
        long kansli = lund.item("Kansli");
        actuals.save(new ManualEntry(null, kansli, 2021, 3, new BigDecimal("2000.00"), "Kaffe", null));

        ActualsCell cell = actuals.cell(kansli, 2021, 3).orElseThrow();

        assertThat(cell.manual().amount()).isEqualByComparingTo("2000.00");
        assertThat(cell.manual().note()).isEqualTo("Kaffe");
        assertThat(cell.imported()).isEqualTo(new Total(1, new BigDecimal("98000.00")));
        assertThat(cell.total()).isEqualByComparingTo("100000.00");
        List<ImportedRow> rows = imports.rows(RowFilter.ofFigure(kansli, 2021, 3), PageRequest.first(10));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.account()).isEqualTo("7010");
            assertThat(row.voucher()).isEqualTo("A 3");
            assertThat(row.actual()).isEqualByComparingTo("98000.00");
        });
        long esf = lund.item("ESF-ersättning IRIS");
        assertThat(imports.rows(RowFilter.ofFigure(esf, 2021, 3), PageRequest.first(10)))
                .extracting(ImportedRow::actual).as("income as an actual: positive").containsExactly(new BigDecimal("250000.00"));
        assertThat(imports.rowTotal(RowFilter.ofFigure(esf, 2021, null))).isEqualTo(new Total(1, new BigDecimal("250000.00")));
    }

    @Test
    void an_amount_by_hand_is_changed_with_optimistic_locking_and_removed_when_emptied() {
        long kansli = lund.item("Kansli");
        actuals.save(new ManualEntry(null, kansli, 2021, 5, new BigDecimal("100"), null, null));
        ManualEntry saved = actuals.cell(kansli, 2021, 5).orElseThrow().manual();

        actuals.save(new ManualEntry(saved.id(), kansli, 2021, 5, new BigDecimal("150"), "rättat", saved.version()));

        assertThat(db.fetchValue(ACTUAL_ENTRY.AMOUNT)).isEqualByComparingTo("150");
        assertThatThrownBy(() -> actuals.save(new ManualEntry(saved.id(), kansli, 2021, 5, new BigDecimal("170"), null,
                saved.version()))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> actuals.save(new ManualEntry(null, kansli, 2021, 5, new BigDecimal("1"), null, null)))
                .as("a second amount for the same month").isInstanceOf(UserFacingException.class)
                .hasMessageContaining("bookkeeping.refused.actualTwice");
        assertThatThrownBy(() -> actuals.save(new ManualEntry(null, kansli, 2021, 13, BigDecimal.ONE, null, null)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> actuals.save(new ManualEntry(null, kansli, 2021, 6, new BigDecimal("1.005"), null,
                null))).isInstanceOf(UserFacingException.class);

        ManualEntry changed = actuals.cell(kansli, 2021, 5).orElseThrow().manual();
        actuals.save(new ManualEntry(changed.id(), kansli, 2021, 5, null, null, changed.version()));
        assertThat(db.fetchCount(ACTUAL_ENTRY)).isZero();
    }

    @Test
    void a_rule_is_checked_before_it_is_saved_and_kept_with_optimistic_locking() {
        MappingRule rule = mapping.save(new MappingRule(null, " 6110 ", null, null, lund.item("Kansli"), null, false, null));
        assertThat(rule.account()).isEqualTo("6110");
        assertThat(rule.budgetItemName()).isEqualTo("Kansli");

        assertThatThrownBy(() -> mapping.save(new MappingRule(null, "1930", null, null, lund.item("Kansli"), null, false,
                null))).hasMessageContaining("bookkeeping.mapping.error.balanceAccount");
        assertThatThrownBy(() -> mapping.save(new MappingRule(null, "61a0", null, null, lund.item("Kansli"), null, false,
                null))).hasMessageContaining("bookkeeping.mapping.error.account");
        assertThatThrownBy(() -> mapping.save(new MappingRule(null, null, null, null, lund.item("Kansli"), null, false,
                null))).hasMessageContaining("bookkeeping.mapping.error.nothing");
        assertThatThrownBy(() -> mapping.save(new MappingRule(null, "6120", null, null, null, null, false, null)))
                .hasMessageContaining("bookkeeping.mapping.error.target");
        assertThatThrownBy(() -> mapping.save(new MappingRule(null, null, null, "EVI", lund.item("Kansli"), null, false,
                null))).hasMessageContaining("bookkeeping.mapping.error.dimension");
        assertThatThrownBy(() -> mapping.save(new MappingRule(null, "6110", null, null, null, null, true, null)))
                .as("the same account twice").hasMessageContaining("bookkeeping.refused.ruleTwice");

        MappingRule ignored = mapping.save(new MappingRule(rule.id(), "6110", null, null, null, null, true,
                rule.version()));
        assertThat(ignored.ignored()).isTrue();
        assertThat(ignored.budgetItemId()).isNull();
        assertThatThrownBy(() -> mapping.save(rule)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> mapping.delete(rule.id(), rule.version())).isInstanceOf(ConcurrentEditException.class);
        mapping.delete(ignored.id(), ignored.version());
        assertThat(mapping.ruleCount()).isEqualTo(19);
        assertThat(mapping.rules(PageRequest.first(100))).first().satisfies(first -> {
            assertThat(first.account()).isEqualTo("3011");
            assertThat(first.budgetItemName()).isEqualTo("Tilldelning Försäkringskassan");
        });
    }

    @Test
    void the_accounts_seen_show_balance_sheet_accounts_as_such_and_what_no_rule_places_any_longer() {
        importFortnox();
        long rule5010 = db.fetchValue(se.samordnaren.db.Tables.ACCOUNT_MAPPING.ID,
                se.samordnaren.db.Tables.ACCOUNT_MAPPING.ACCOUNT.eq("5010"));
        mapping.delete(rule5010, 1);

        List<SeenAccount> seen = mapping.seenAccounts(false, PageRequest.first(50));

        assertThat(seen).extracting(SeenAccount::account)
                .containsExactly("1930", "2440", "3011", "3990", "5010", "6550", "7010");
        SeenAccount bank = seen.getFirst();
        assertThat(bank.balance()).isTrue();
        assertThat(bank.name()).isEqualTo("Företagskonto");
        assertThat(bank.unmappedRows()).isZero();
        SeenAccount consultants = seen.get(5);
        assertThat(consultants.items()).containsExactly("En väg in", "IRIS");
        SeenAccount rent = seen.get(4);
        assertThat(rent.items()).as("the cost centre rule still places the rent").containsExactly("Kansli");
        assertThat(mapping.seenAccountCount(true)).isZero();

        db.deleteFrom(se.samordnaren.db.Tables.ACCOUNT_MAPPING)
                .where(se.samordnaren.db.Tables.ACCOUNT_MAPPING.OBJECT.eq("10")).execute();
        assertThat(mapping.seenAccounts(true, PageRequest.first(50))).extracting(SeenAccount::account)
                .containsExactly("5010", "7010");
        assertThat(db.fetchCount(BOOKKEEPING_ROW, BOOKKEEPING_ROW.BUDGET_ITEM_ID.eq(lund.item("Kansli"))))
                .as("rows keep the item of their import").isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_the_actuals_but_is_refused_every_change() {
        assertThat(actuals.year(2021).lines()).isNotEmpty();
        assertThat(mapping.rules(PageRequest.first(5))).hasSize(5);
        byte[] file = SieTestFiles.encode(SieImportTest.FORTNOX, SieTestFiles.CP437, SieTestFiles.CRLF, false);

        assertThatThrownBy(() -> imports.save("fortnox.se", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview("fortnox.se", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actuals.save(new ManualEntry(null, lund.item("Kansli"), 2021, 1, BigDecimal.ONE, null,
                null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mapping.save(new MappingRule(null, "6110", null, null, null, null, true, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void the_preparatory_group_is_refused_the_money_tables() {
        assertThatThrownBy(() -> actuals.year(2021)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.imports(PageRequest.first(5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mapping.seenAccounts(false, PageRequest.first(5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ActualsLine line(ActualsYear year, String name) {
        return year.lines().stream().filter(line -> name.equals(line.name())).findFirst().orElseThrow();
    }
}
