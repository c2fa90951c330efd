package se.samordnaren.budget;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import se.samordnaren.association.MemberType;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.CardClicks;
import se.samordnaren.testsupport.TestData;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.testsupport.Workbooks;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.DecidedAtLink;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.BUDGET_AMOUNT;
import static se.samordnaren.db.Tables.BUDGET_VERSION;
import static se.samordnaren.db.Tables.DECISION_LINK;

/** Browserless tests of the budget views, driven as the ekonom and as the board would. */
class BudgetViewsTest extends ViewTest {
    private long allocation;
    private long office;
    private long budget;
    private long draft;
    private TestData.BoardDecision november;

    @BeforeEach
    void aDecidedBudgetAndADraft() {
        allocation = data.budgetItem(data.name("Tilldelning"), BudgetCategory.ALLOCATION, data.member(data.name("Lunds kommun"), MemberType.MUNICIPALITY, null), null);
        office = data.budgetItem(data.name("Kansli"), BudgetCategory.OFFICE);
        budget = data.budgetVersion(2021, BudgetVersionKind.BUDGET, data.name("Budget 2021"));
        data.budgetAmount(budget, allocation, 2021, 7_600_000);
        data.budgetAmount(budget, office, 2021, 9_900_000);
        data.budgetAmount(budget, office, 2022, 9_200_000);
        november = data.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, 5, "Verksamhetsplan och budget för 2021");
        data.decideBudget(budget, november.id());
        draft = data.budgetVersion(2022, BudgetVersionKind.DRAFT, data.name("Budget 2022 (utkast)"));
        data.budgetAmount(draft, allocation, 2022, 7_000_000);
    }

    // ---------------------------------------------------------------- one version

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_a_draft_without_any_way_to_change_it() {
        BudgetVersionView view = open("budget/" + draft, BudgetVersionView.class);

        assertThat(view.table.states).isEmpty();
        assertThat(versionRow(view, data.name("Tilldelning"))).containsExactly("7\u00a0000\u00a0000\u00a0kr", "–", "–");
        assertThat(versionRow(view, data.name("Kansli"))).containsExactly("–", "–", "–");
        assertThat(rendered(view.table).select("input, vaadin-text-field")).as("nothing to type into").isEmpty();
        assertThat(view.actions.getChildren()).containsExactly(view.compareButton, view.excelExport);
        assertThat(view.saveStatus.isVisible()).isFalse();
        assertThat(view.lockNote.isVisible()).isFalse();
        assertThat(find(Badge.class, view.header).all()).extracting(Badge::getText).contains("Arbetsversion", "Utkast");
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_sees_a_decided_version_with_its_paragraph_and_no_copy_button() {
        BudgetVersionView view = open("budget/" + budget, BudgetVersionView.class);

        DecidedAtLink link = find(DecidedAtLink.class, view.header).single();
        assertThat(link.getHref()).isEqualTo("sammantraden/" + november.meetingId() + "?paragraf=5");
        assertThat(link.getText()).isEqualTo("Styrelsen " + data.tag + " 2020-11-27 § 5");
        assertThat(view.lockNote.isVisible()).isTrue();
        assertThat(view.lockNote.getElement().getTextRecursively())
                .isEqualTo("Versionen är beslutad (Styrelsen " + data.tag + " 2020-11-27 § 5) och kan inte ändras.");
        assertThat(view.copyButton.getParent()).isEmpty();
        assertThat(versionRow(view, "Resultat").getFirst()).isEqualTo("−2\u00a0300\u00a0000\u00a0kr");
        assertThat(rendered(view.table).select("tfoot td").first().select(".money").hasClass("negative")).isTrue();
        assertThat(versionRow(view, "Summa kostnader")).containsExactly("9\u00a0900\u00a0000\u00a0kr",
                "9\u00a0200\u00a0000\u00a0kr", "0\u00a0kr");
        assertThat(rendered(view.table).select("caption").text()).isEqualTo("Belopp per budgetpost och år i " + data.name("Budget 2021"));
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_ekonom_types_an_amount_that_is_saved_at_once_and_the_totals_follow() {
        BudgetVersionView view = open("budget/" + draft, BudgetVersionView.class);
        assertThat(view.actions.getChildren()).contains(view.prefillButton, view.decideButton, view.deleteButton);

        org.jsoup.nodes.Element input = rendered(view.table).selectFirst("input[data-cell=" + office + ":2022]");
        assertThat(input.attr("aria-label")).isEqualTo(data.name("Kansli") + ", 2022");
        assertThat(input.attr("value")).isEmpty();
        assertThat(rendered(view.table).selectFirst("input[data-cell=" + allocation + ":2022]").attr("value"))
                .isEqualTo("7\u00a0000\u00a0000");

        BudgetCells.enter(view.table, office, 2022, "9 300 000");

        assertThat(amount(draft, office, 2022)).isEqualByComparingTo("9300000");
        assertThat(view.table.total("costs:2022")).isEqualTo("9\u00a0300\u00a0000\u00a0kr");
        assertThat(view.table.total("result:2022")).isEqualTo("−2\u00a0300\u00a0000\u00a0kr");
        assertThat(view.saveStatus.getText()).isEqualTo("Sparat: " + data.name("Kansli") + " 2022.");

        BudgetCells.enter(view.table, office, 2022, "9 400 000");
        assertThat(amount(draft, office, 2022)).as("the second save carries the new version").isEqualByComparingTo("9400000");
        BudgetCells.enter(view.table, office, 2022, "");
        assertThat(amount(draft, office, 2022)).isNull();
        assertThat(view.table.total("costs:2022")).isEqualTo("0\u00a0kr");

        // A key that is no cell of the table (forged, or a line of another version) does nothing.
        BudgetCells.enter(view.table, office, 2031, "1 000");
        BudgetCells.enter(view.table, "x:<script>", "1 000");
        assertThat(db.fetchCount(BUDGET_AMOUNT, BUDGET_AMOUNT.BUDGET_VERSION_ID.eq(draft))).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void an_amount_that_cannot_be_read_is_not_saved_and_says_so_in_swedish() {
        BudgetVersionView view = open("budget/" + draft, BudgetVersionView.class);
        BudgetCells.enter(view.table, allocation, 2022, "7,5,5");

        assertThat(view.table.errors.get(allocation + ":2022")).startsWith("Skriv beloppet i kronor");
        assertThat(amount(draft, allocation, 2022)).isEqualByComparingTo("7000000");

        // Fixed, the message goes and the amount is saved.
        BudgetCells.enter(view.table, allocation, 2022, "7 500 000");
        assertThat(view.table.errors).isEmpty();
        assertThat(amount(draft, allocation, 2022)).isEqualByComparingTo("7500000");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_cell_someone_else_changed_is_refused_in_swedish_and_shows_what_is_stored() {
        BudgetVersionView view = open("budget/" + draft, BudgetVersionView.class);
        db.update(BUDGET_AMOUNT).set(BUDGET_AMOUNT.AMOUNT, new BigDecimal("7100000"))
                .set(BUDGET_AMOUNT.VERSION, BUDGET_AMOUNT.VERSION.plus(1))
                .where(BUDGET_AMOUNT.BUDGET_VERSION_ID.eq(draft)).execute();
        BudgetCells.enter(view.table, allocation, 2022, "6 900 000");

        assertThat(lastNotification()).startsWith("Någon annan har ändrat uppgifterna sedan du öppnade dem.");
        assertThat(amount(draft, allocation, 2022)).isEqualByComparingTo("7100000");
        assertThat(view.table.stored(allocation, 2022)).as("back to what the page knew").isEqualByComparingTo("7000000");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_decided_version_is_read_only_says_why_and_offers_a_copy() {
        BudgetVersionView view = open("budget/" + budget, BudgetVersionView.class);

        assertThat(view.table.states).isEmpty();
        assertThat(rendered(view.table).select("input")).isEmpty();
        BudgetCells.enter(view.table, office, 2021, "1");
        assertThat(amount(budget, office, 2021)).as("a forged change to a decided version").isEqualByComparingTo("9900000");
        assertThat(view.actions.getChildren()).doesNotContain(view.prefillButton, view.decideButton, view.deleteButton);
        assertThat(view.copyButton.getParent()).contains(view.lockNote);
        assertThat(view.lockNote.getElement().getTextRecursively())
                .endsWith("Behöver något ändras görs det i en ny version:Kopiera till ny version");

        test(view.copyButton).click();
        roundTrip();
        NewVersionDialog dialog = (NewVersionDialog) view.openDialog;
        assertThat(dialog.copyFrom.getValue().id()).isEqualTo(budget);
        assertThat(dialog.kind.getValue()).isEqualTo(BudgetVersionKind.REVISED);
        assertThat(dialog.year.getValue()).isEqualTo(2021);
        assertThat(dialog.name.getValue()).isEqualTo("Reviderad budget 2021");
        assertThat(dialog.save()).isTrue();

        long copy = db.fetchValue(BUDGET_VERSION.ID, BUDGET_VERSION.NAME.eq("Reviderad budget 2021"));
        assertThat(dialog.createdId).isEqualTo(copy);
        assertThat(amount(copy, office, 2022)).isEqualByComparingTo("9200000");
        assertThat(lastNotification()).isEqualTo("Versionen Reviderad budget 2021 har skapats.");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_ekonom_marks_a_draft_decided_at_its_paragraph_and_the_paragraph_lists_the_budget() {
        var september = data.boardDecision(LocalDate.of(2021, 9, 24), DecisionOutcome.APPROVED, 6, "Verksamhetsplan och budget för 2022");
        BudgetVersionView view = open("budget/" + draft, BudgetVersionView.class);
        test(view.decideButton).click();
        roundTrip();
        DecideDialog dialog = (DecideDialog) view.openDialog;

        assertThat(dialog.save()).as("kind and § are required").isFalse();
        assertThat(dialog.decision.getErrorMessage()).isEqualTo("Fyll i Beslut (§).");
        test(dialog.decision).selectItem("Styrelsen " + data.tag + " 2021-09-24 § 6 – Verksamhetsplan och budget för 2022");
        test(dialog.kind).selectItem("Budget");
        assertThat(dialog.save()).isTrue();

        assertThat(db.fetchValue(BUDGET_VERSION.DECISION_ID, BUDGET_VERSION.ID.eq(draft))).isEqualTo(september.id());
        assertThat(db.fetchCount(DECISION_LINK, DECISION_LINK.DECISION_ID.eq(september.id()))).isEqualTo(1);
        assertThat(view.table.states).as("read-only from now on").isEmpty();
        assertThat(view.lockNote.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_insats_lines_are_filled_from_the_grants_with_a_swedish_note() {
        long iris = data.initiative(data.name("IRIS"), InitiativeStatus.RUNNING, LocalDate.of(2020, 1, 1), null);
        data.openingGrants(iris, Map.of(2022, 500_000L, 2023, 420_000L));
        long line = data.budgetItem(data.name("IRIS"), BudgetCategory.INITIATIVE, null, iris);
        BudgetVersionView view = open("budget/" + draft, BudgetVersionView.class);

        test(view.prefillButton).click();

        assertThat(lastNotification()).isEqualTo("2 belopp har fyllts i från beviljade medel.");
        assertThat(view.table.stored(line, 2023)).isEqualByComparingTo("420000");
        assertThat(rendered(view.table).selectFirst("input[data-cell=" + line + ":2023]").attr("value")).isEqualTo("420\u00a0000");
        test(view.prefillButton).click();
        assertThat(lastNotification()).isEqualTo(
                "Det fanns inget nytt att fylla i: insatsposterna stämmer redan med beviljade medel 2022–2024.");
    }

    // ---------------------------------------------------------------- the list

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_sees_the_years_their_versions_and_the_reference_but_no_write_buttons() {
        BudgetsView view = open("budget", BudgetsView.class);

        assertThat(view.newVersionButton.isVisible()).isFalse();
        assertThat(view.newItemButton.isVisible()).isFalse();
        assertThat(view.itemsGrid.getColumnByKey("edit")).isNull();
        org.jsoup.nodes.Element years = rendered(view.years);
        assertThat(years.wholeText()).contains("2022", "Ingen beslutad budget för året ännu.", "2021",
                "Årets referens: " + data.name("Budget 2021"), "Beslutad", "Utkast", "−2\u00a0300\u00a0000\u00a0kr");
        assertThat(years.select("a").eachAttr("href"))
                .contains("budget/" + budget, "budget/" + draft, "sammantraden/" + november.meetingId() + "?paragraf=5");
        assertThat(years.select("button").eachText()).containsOnly("Jämför");
        assertThat(years.select("button").eachAttr("aria-label"))
                .contains("Jämför " + data.name("Budget 2021") + " med en annan version");

        // A forged Kopiera (the board has none) does nothing; Jämför opens the comparison dialog.
        CardClicks.click(view.versionCards, "copy-" + budget);
        assertThat(view.openDialog).isNull();
        CardClicks.click(view.versionCards, "compare-" + budget);
        assertThat(view.openDialog).isInstanceOf(CompareDialog.class);
        assertThat(view.openDialog.isOpened()).isTrue();

        // The items' state is a template the browser fills; no edit column for readers, and a forged edit does nothing.
        BudgetItem office = view.itemsGrid.getListDataView().getItems()
                .filter(i -> i.name().equals(data.name("Kansli"))).findFirst().orElseThrow();
        assertThat(templateValue(view.itemsGrid, "state", office, "text")).isEqualTo("Aktiv");
        assertThat(templateValue(view.itemsGrid, "state", office, "tone")).isEqualTo("badge-success");
        view.openDialog.close();
        view.openDialog = null;
        view.editItemClicked(office);
        assertThat(view.openDialog).isNull();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_ekonom_makes_a_new_empty_version_and_lands_on_it() {
        BudgetsView view = open("budget", BudgetsView.class);
        assertThat(rendered(view.years).select("button").eachText()).contains("Kopiera", "Jämför");
        BudgetItem office = view.itemsGrid.getListDataView().getItems()
                .filter(i -> i.name().equals(data.name("Kansli"))).findFirst().orElseThrow();
        assertThat(templateValue(view.itemsGrid, "edit", office, "label")).isEqualTo("Ändra " + data.name("Kansli"));
        view.editItemClicked(office);
        assertThat(((ItemDialog) view.openDialog).name.getValue()).isEqualTo(data.name("Kansli"));
        view.openDialog.close();

        // Kopiera on a card opens the new version dialog with that version as its source.
        CardClicks.click(view.versionCards, "copy-" + budget);
        assertThat(view.openDialog).isInstanceOf(NewVersionDialog.class);
        view.openDialog.close();
        test(view.newVersionButton).click();
        roundTrip();
        NewVersionDialog dialog = (NewVersionDialog) view.openDialog;

        assertThat(dialog.year.getValue()).isEqualTo(2023);
        assertThat(dialog.name.getValue()).isEqualTo("Budget 2023 med plan 2024–2025");
        test(dialog.name).setValue("Min budget");
        test(dialog.kind).selectItem("Arbetsversion");
        assertThat(dialog.name.getValue()).as("a typed name stays").isEqualTo("Min budget");
        assertThat(dialog.save()).isTrue();

        assertThat(db.fetchValue(BUDGET_VERSION.KIND, BUDGET_VERSION.NAME.eq("Min budget"))).isEqualTo(BudgetVersionKind.DRAFT);
        assertThat(getCurrentView()).isInstanceOf(BudgetVersionView.class);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_new_allocation_line_without_its_member_is_refused_at_the_field() {
        BudgetsView view = open("budget", BudgetsView.class);
        test(view.newItemButton).click();
        roundTrip();
        ItemDialog dialog = (ItemDialog) view.openDialog;
        test(dialog.name).setValue("Tilldelning Region Skåne");
        test(dialog.category).selectItem("Tilldelning (Intäkt)");

        assertThat(dialog.member.isVisible()).isTrue();
        assertThat(dialog.initiative.isVisible()).isFalse();
        assertThat(dialog.save()).isFalse();
        assertThat(dialog.member.getErrorMessage()).isEqualTo("Fyll i Medlem.");
        test(dialog.category).selectItem("Kansli (Kostnad)");
        assertThat(dialog.save()).isTrue();
        assertThat(lastNotification()).isEqualTo("Budgetposten Tilldelning Region Skåne har sparats.");
    }

    // ---------------------------------------------------------------- comparison

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void the_comparison_shows_a_b_and_the_difference_per_line_and_year() {
        BudgetComparisonView view = open("budget/jamfor/" + budget + "/" + draft, BudgetComparisonView.class);

        assertThat(view.comparison.years()).containsExactly(2021, 2022, 2023, 2024);
        assertThat(rowTexts(view, data.name("Kansli"))).containsExactly(
                "9\u00a0900\u00a0000", "–", "–",
                "9\u00a0200\u00a0000", "–", "−9\u00a0200\u00a0000",
                "–", "–", "0",
                "–", "–", "–");
        assertThat(rowTexts(view, "Resultat")).startsWith("−2\u00a0300\u00a0000", "–", "–",
                "−9\u00a0200\u00a0000", "7\u00a0000\u00a0000", "+16\u00a0200\u00a0000");

        test(view.year).selectItem("2022");
        assertThat(rowTexts(view, data.name("Tilldelning"))).containsExactly(
                "–", "7\u00a0000\u00a0000", "+7\u00a0000\u00a0000");
    }

    // ---------------------------------------------------------------- helpers

    /** The figures of one line (or total) of a version's table as the browser gets it, year by year. */
    private static java.util.List<String> versionRow(BudgetVersionView view, String name) {
        return figures(view.table, name);
    }

    /** Every figure of one row of the comparison as the browser gets it: per year a, b, difference. */
    private static java.util.List<String> rowTexts(BudgetComparisonView view, String name) {
        return figures(view.tableArea, name);
    }

    /** The cells of the body or footer row whose header says {@code name}, as the browser gets them. */
    private static java.util.List<String> figures(com.vaadin.flow.component.HasElement table, String name) {
        return rendered(table).select("tbody tr, tfoot tr").stream()
                .filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").ownText().strip().equals(name))
                .findFirst()
                .map(tr -> tr.select("td").stream().map(td -> td.wholeText().strip()).toList())
                .orElse(java.util.List.of());
    }

    private BigDecimal amount(long versionId, long itemId, int year) {
        return db.fetchValue(BUDGET_AMOUNT.AMOUNT, BUDGET_AMOUNT.BUDGET_VERSION_ID.eq(versionId)
                .and(BUDGET_AMOUNT.BUDGET_ITEM_ID.eq(itemId)).and(BUDGET_AMOUNT.YEAR.eq(year)));
    }

    private String lastNotification() {
        return test(find(Notification.class).all().getLast()).getText();
    }

    // ---------------------------------------------------------------- Excel

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_exports_a_version_with_real_amounts_per_year_and_the_sums() throws Exception {
        BudgetVersionView view = open("budget/" + budget, BudgetVersionView.class);
        Workbooks.exportLink(view.excelExport);

        try (Workbook book = Workbooks.read(BudgetExcel.version(view, view.detail))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(view.detail.name()).startsWith("Budget 2021");
            assertThat(Workbooks.headers(sheet)).containsExactly("Budgetpost", "Kategori", "2021 (Budgetår)",
                    "2022 (Plan)", "2023 (Plan)");
            Row office = Workbooks.row(sheet, "Kansli");
            assertThat(Workbooks.money(office.getCell(2))).isEqualTo(9_900_000d);
            assertThat(Workbooks.money(office.getCell(3))).isEqualTo(9_200_000d);
            assertThat(Workbooks.money(Workbooks.row(sheet, "Summa intäkter").getCell(2))).isEqualTo(7_600_000d);
            assertThat(Workbooks.money(Workbooks.row(sheet, "Resultat").getCell(2))).isEqualTo(-2_300_000d);
        }
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void the_auditors_export_the_list_of_versions_and_a_comparison() throws Exception {
        BudgetsView list = open("budget", BudgetsView.class);
        Workbooks.exportLink(list.excelExport);
        try (Workbook book = Workbooks.read(BudgetExcel.versions(list, list.versions))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(Workbooks.headers(sheet)).containsExactly("Budgetår", "Namn", "Typ", "Beslutad vid",
                    "Årets referens", "Intäkter", "Kostnader", "Resultat");
            Row decided = java.util.stream.IntStream.rangeClosed(3, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(1).getStringCellValue().startsWith("Budget 2021")).findFirst().orElseThrow();
            assertThat(decided.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(decided.getCell(0).getNumericCellValue()).isEqualTo(2021d);
            assertThat(decided.getCell(3).getStringCellValue()).endsWith("2020-11-27 § 5");
            assertThat(Workbooks.money(decided.getCell(7))).isEqualTo(-2_300_000d);
        }

        BudgetComparisonView view = open("budget/jamfor/" + budget + "/" + draft, BudgetComparisonView.class);
        Workbooks.exportLink(view.excelExport);
        try (Workbook book = Workbooks.read(BudgetExcel.comparison(view, view.comparison, view.shownYears()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(Workbooks.headers(sheet)).startsWith("Budgetpost", "Kategori", "2021 A", "2021 B", "2021 Skillnad");
            assertThat(Workbooks.money(Workbooks.row(sheet, "Kansli").getCell(2))).isEqualTo(9_900_000d);
        }
    }
}
