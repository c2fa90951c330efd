package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;
import se.samordnaren.bookkeeping.sie.SieTestFiles;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import se.samordnaren.testsupport.TestData;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.testsupport.Workbooks;
import se.samordnaren.ui.MoneyField;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.ACTUAL_ENTRY;
import static se.samordnaren.db.Tables.BOOKKEEPING_IMPORT;

/**
 * The actuals pages driven like a user would, against the real database: the year grid and what is behind a figure,
 * the import's preview (placing an account right there, a refused file, CSV columns chosen once), the saved import.
 */
@WithMockUser(username = "ekonom", roles = "EKONOM")
class BookkeepingViewsTest extends ViewTest {

    @Autowired
    BookkeepingImportService imports;
    @Autowired
    ActualsService actuals;

    TestData.LundBudget lund;

    @BeforeEach
    void lund() {
        lund = data.lundBudgetWithAccountRules();
    }

    private static byte[] fortnox() {
        return SieTestFiles.encode(SieImportTest.FORTNOX, SieTestFiles.CP437, SieTestFiles.CRLF, false);
    }

    private String lastNotification() {
        List<Notification> notifications = find(Notification.class).all();
        return test(notifications.getLast()).getText();
    }

    private static int rowOf(com.vaadin.flow.component.grid.Grid<ActualsLine> grid, String name) {
        List<ActualsLine> items = grid.getGenericDataView().getItems().map(ActualsLine.class::cast).toList();
        return IntStream.range(0, items.size()).filter(i -> java.util.Objects.equals(name, items.get(i).name())).findFirst().orElseThrow();
    }

    /** A property of a cell's template (the grid's cells are LitRenderer templates, not components). */
    @SuppressWarnings("unchecked")
    private static Object cell(ActualsView view, int row, String column, String property) {
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<ActualsLine>) view.grid.getColumnByKey(column).getRenderer();
        return renderer.getValueProviders().get(property).apply(line(view, row));
    }

    private static ActualsLine line(ActualsView view, int row) {
        return (ActualsLine) view.grid.getGenericDataView().getItems().toList().get(row);
    }

    private String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private ActualsView actualsOf(int year) {
        com.vaadin.flow.component.UI.getCurrent().navigate("utfall",
                com.vaadin.flow.router.QueryParameters.of(ActualsView.YEAR_PARAMETER, String.valueOf(year)));
        return current(ActualsView.class);
    }

    /** Does what the ekonom does (a fixture for a test signed in with another role). */
    private <T> T asEkonom(java.util.function.Supplier<T> action) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.setContext(
                new org.springframework.security.core.context.SecurityContextImpl(
                        new org.springframework.security.authentication.TestingAuthenticationToken("ekonom", "n/a",
                                "ROLE_EKONOM")));
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(before);
        }
    }

    private <T extends Component> T current(Class<T> type) {
        return type.cast(AopTestUtils.getUltimateTargetObject(getCurrentView()));
    }

    @Test
    void the_year_grid_shows_each_item_by_month_with_sums_and_result_in_swedish() {
        imports.save("fortnox.se", fortnox());
        actuals.save(new ManualEntry(null, lund.item("Kansli"), 2021, 3, new BigDecimal("2000"), "Kaffe", null));

        ActualsView view = actualsOf(2021);

        assertThat(view.getPageTitle()).isEqualTo("Utfall 2021");
        assertThat(view.year.getValue()).isEqualTo(2021);
        var grid = test(view.grid);
        assertThat(grid.getHeaderCell(0)).isEqualTo("Budgetpost (kr)");
        assertThat(grid.getHeaderCell(1)).isEqualTo("jan");
        assertThat(grid.getHeaderCell(3)).isEqualTo("mar");
        assertThat(grid.getHeaderCell(13)).isEqualTo("Helår");
        int kansli = rowOf(view.grid, "Kansli");
        assertThat(cell(view, kansli, "m1", "text")).isEqualTo("15\u00a0000");
        assertThat(cell(view, kansli, "m1", "button")).isEqualTo(true);
        assertThat(cell(view, kansli, "m2", "text")).as("nothing in February: a button to add").isEqualTo("–");
        assertThat(cell(view, kansli, "m2", "button")).isEqualTo(true);
        assertThat(cell(view, kansli, "m3", "text")).isEqualTo("100\u00a0000");
        assertThat((String) cell(view, kansli, "m3", "cls")).contains("figure-manual");
        assertThat((String) cell(view, kansli, "m3", "label")).contains("Kansli").contains("mars");
        assertThat(cell(view, kansli, "total", "text")).isEqualTo("115\u00a0000");
        int last = view.grid.getGenericDataView().getItems().toList().size() - 1;
        assertThat(cell(view, last, "item", "name")).isEqualTo("Resultat");
        assertThat(cell(view, last, "m1", "text")).isEqualTo("860\u00a0000");
        assertThat(cell(view, last, "m1", "button")).as("a sum is text").isEqualTo(false);
        assertThat(cell(view, last, "m2", "text")).isEqualTo("−150\u00a0000,50");
        assertThat(cell(view, rowOf(view.grid, null), "item", "name")).isEqualTo("Summa intäkter");
        assertThat(text(view.latest)).startsWith("Senaste import: 2021-01-15 – 2021-03-25").endsWith("fortnox.se");
        assertThat(view.importButton.isVisible()).isTrue();
    }

    @Test
    void a_figure_opens_its_rows_and_the_amount_by_hand_is_changed_in_a_dialog() {
        imports.save("fortnox.se", fortnox());
        ActualsView view = actualsOf(2021);
        int kansli = rowOf(view.grid, "Kansli");

        view.figureClicked(line(view, kansli), 3); // what the figure's button calls (AccessibilityIT clicks it in a browser)
        roundTrip();

        FigureDialog figure = view.figure;
        assertThat(figure.isOpened()).isTrue();
        assertThat(figure.getHeaderTitle()).isEqualTo("Kansli – mars 2021");
        assertThat(text(figure.summary)).contains("Utfall98\u00a0000\u00a0kr").contains("För handinget")
                .contains("Från bokföringen98\u00a0000\u00a0kr (1 rad)");
        var rows = test(figure.rows);
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getCellText(0, 1)).isEqualTo("A 3");
        assertThat(rows.getCellText(0, 2)).isEqualTo("7010 Löner");
        assertThat(text(rows.getCellComponent(0, 6))).startsWith("Import ");

        test(figure.editButton).click();
        roundTrip();
        ManualEntryDialog dialog = figure.manualDialog;
        assertThat(dialog.getHeaderTitle()).isEqualTo("Utfall för hand: Kansli, mars 2021");
        test(input(dialog.amount)).setValue("2 500,50");
        test(dialog.note).setValue("Kaffe till styrelsen");
        assertThat(dialog.save()).isTrue();

        assertThat(lastNotification()).isEqualTo("Utfallet har sparats.");
        assertThat(db.fetchValue(ACTUAL_ENTRY.AMOUNT)).isEqualByComparingTo("2500.50");
        assertThat(text(figure.summary)).contains("Utfall100\u00a0500,50\u00a0kr")
                .contains("2\u00a0500,50\u00a0kr (Kaffe till styrelsen)");
        assertThat(cell(view, rowOf(view.grid, "Kansli"), "m3", "text")).isEqualTo("100\u00a0500,50");

        test(figure.editButton).click();
        roundTrip();
        test(input(figure.manualDialog.amount)).setValue("");
        assertThat(figure.manualDialog.save()).isTrue();
        assertThat(db.fetchCount(ACTUAL_ENTRY)).as("an emptied amount is removed").isZero();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_the_figures_and_their_rows_but_changes_nothing() {
        asEkonom(() -> imports.save("fortnox.se", fortnox()));
        ActualsView view = actualsOf(2021);

        assertThat(view.importButton.isVisible()).isFalse();
        int kansli = rowOf(view.grid, "Kansli");
        assertThat(cell(view, kansli, "m2", "button")).as("no button where there is nothing").isEqualTo(false);
        view.figureClicked(line(view, kansli), 2);
        roundTrip();
        assertThat(view.figure).as("a call for a cell without a button does nothing").isNull();
        assertThat(cell(view, kansli, "m1", "button")).isEqualTo(true);
        view.figureClicked(line(view, kansli), 1);
        roundTrip();
        assertThat(view.figure.editButton.isVisible()).isFalse();
        assertThat(test(view.figure.rows).size()).isEqualTo(1);
    }

    @Test
    void the_preview_lists_an_account_without_a_place_which_is_placed_right_there_and_the_import_saved() {
        List<String> lines = SieImportTest.FORTNOX.stream().map(line -> line
                .replace("#TRANS 7010 {1 \"10\"} 98000.00", "#TRANS 6110 {} 98000.00")
                .replace("#KONTO 7010 \"Löner\"", "#KONTO 6110 \"Kontorsmateriel\"")).toList();
        byte[] file = SieTestFiles.encode(lines, SieTestFiles.CP437, SieTestFiles.CRLF, false);
        ImportView view = open("utfall/import", ImportView.class);

        view.receive("fortnox-sept.se", file);

        assertThat(view.preview.isVisible()).isTrue();
        assertThat(text(view.preview)).contains("Förhandsgranskning: fortnox-sept.se").contains("Fortnox 3.57.11")
                .contains("Samordningsförbundet Lund (222000-1234)").contains("2021-01-15 – 2021-03-25")
                .contains("Konton som saknar placering (1)")
                .contains("Balansräkningskonton (klass 1–2, inte utfall): 5 rader, netto 861\u00a0999,50\u00a0kr.");
        assertThat(test(view.unmappedGrid).getCellText(0, 1)).isEqualTo("6110");
        assertThat(test(view.unmappedGrid).getCellText(0, 2)).isEqualTo("Kontorsmateriel");
        assertThat(view.saveButton.isEnabled()).isFalse();

        test((Button) test(view.unmappedGrid).getCellComponent(0, 0)).click();
        roundTrip();
        MappingRuleDialog rule = view.ruleDialog;
        assertThat(rule.account.getValue()).isEqualTo("6110");
        test(rule.item).selectItem("Kansli");
        assertThat(rule.save()).isTrue();

        assertThat(text(view.preview)).doesNotContain("Konton som saknar placering");
        assertThat(view.saveButton.isEnabled()).isTrue();
        assertThat(test(view.totalsGrid).size()).isEqualTo(5);
        test(view.saveButton).click();

        assertThat(db.fetchCount(BOOKKEEPING_IMPORT)).isEqualTo(1);
        ImportDetailView detail = current(ImportDetailView.class);
        assertThat(detail.getPageTitle()).isEqualTo("fortnox-sept.se – Import");
        assertThat(lastNotification()).isEqualTo("Importen av fortnox-sept.se har sparats.");
    }

    @Test
    void a_broken_file_is_shown_refused_with_its_line_and_cannot_be_saved() {
        List<String> broken = SieImportTest.FORTNOX.stream().map(line -> line.replace("#TRANS 2440 {} -15000.00",
                "#TRANS 2440 {} -14000.00")).toList();
        ImportView view = open("utfall/import", ImportView.class);

        view.receive("obalans.se", SieTestFiles.encode(broken, SieTestFiles.CP437, SieTestFiles.CRLF, false));

        assertThat(text(view.preview)).contains("Filen kan inte importeras. Ingenting har sparats.")
                .contains("Rad 26: Verifikation A 2 (2021-01-31) är inte i balans: differens 1 000,00 kr");
        assertThat(view.saveButton.isEnabled()).isFalse();
        assertThat(db.fetchCount(BOOKKEEPING_IMPORT)).isZero();
    }

    @Test
    void a_csv_file_asks_for_its_columns_once_and_the_next_file_uses_them() {
        byte[] csv = TabularImportTest.CSV.getBytes(Charset.forName("windows-1252"));
        ImportView view = open("utfall/import", ImportView.class);

        view.receive("huvudbok.csv", csv);
        roundTrip();

        ColumnMappingDialog columns = view.columnsDialog;
        assertThat(columns.isOpened()).isTrue();
        assertThat(columns.date.getValue().label()).isEqualTo("A (Datum)");
        assertThat(columns.amount.getValue().label()).isEqualTo("F (Belopp)");
        assertThat(columns.decimalComma.getValue()).isTrue();
        assertThat(test(columns.sampleGrid).size()).isEqualTo(4);
        assertThat(columns.save()).isTrue();

        assertThat(text(view.preview)).contains("Per budgetpost");
        assertThat(test(view.totalsGrid).size()).isEqualTo(3);
        assertThat(view.saveButton.isEnabled()).isTrue();

        view.receive("huvudbok-april.csv", csv);
        assertThat(view.columnsDialog).as("no new dialog: the columns are kept").isSameAs(columns);
        assertThat(view.saveButton.isEnabled()).isTrue();
    }

    @Test
    void a_saved_import_shows_its_file_totals_and_rows_filtered_by_item() {
        long id = imports.save("fortnox.se", fortnox());

        ImportDetailView view = open("utfall/import/" + id, ImportDetailView.class);

        assertThat(text(view.header)).contains("fortnox.se").contains("Gällande").contains("ekonom")
                .contains("Fortnox 3.57.11").contains("Ladda ner filen");
        assertThat(test(view.totals).size()).isEqualTo(5);
        assertThat(test(view.rows).size()).isEqualTo(11);
        assertThat(text(view.notActuals)).contains("5 rader");
        view.itemFilter.setValue(view.itemFilter.getListDataView().getItems()
                .filter(t -> t.itemName().equals("Kansli")).findFirst().orElseThrow());
        assertThat(test(view.rows).size()).isEqualTo(2);

        long second = imports.save("fortnox-igen.se", fortnox());
        ImportDetailView replaced = open("utfall/import/" + id, ImportDetailView.class);
        assertThat(text(replaced.header)).contains("Ersatt").contains("Ersatt av").contains("fortnox-igen.se");
        assertThat(second).isGreaterThan(id);
    }

    @Test
    void the_chart_of_accounts_lists_rules_and_accounts_with_balance_sheet_accounts_as_such() {
        imports.save("fortnox.se", fortnox());

        AccountMappingView view = open("utfall/kontoplan", AccountMappingView.class);

        assertThat(view.getPageTitle()).isEqualTo("Kontoplan för utfall");
        assertThat(test(view.rules).size()).isEqualTo(19);
        assertThat(test(view.accounts).size()).isEqualTo(7);
        assertThat(text(test(view.accounts).getCellComponent(0, 4)))
                .isEqualTo("Balansräkningskonto – inte utfall");
        assertThat(text(test(view.accounts).getCellComponent(5, 4))).isEqualTo("En väg in, IRIS");

        test(view.addButton).click();
        roundTrip();
        MappingRuleDialog dialog = view.ruleDialog;
        test(dialog.account).setValue("6110");
        test(dialog.ignored).click();
        assertThat(dialog.save()).isTrue();
        assertThat(test(view.rules).size()).isEqualTo(20);
        assertThat(lastNotification()).isEqualTo("Regeln har sparats.");
    }

    private static TextField input(MoneyField field) {
        return field.getChildren().findFirst().map(TextField.class::cast).orElseThrow();
    }

    // ---------------------------------------------------------------- Excel

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_exports_the_year_grid_with_real_amounts_per_month() throws Exception {
        long id = asEkonom(() -> {
            long saved = imports.save("fortnox.se", fortnox());
            actuals.save(new ManualEntry(null, lund.item("Kansli"), 2021, 3, new BigDecimal("2000"), "Kaffe", null));
            return saved;
        });
        ActualsView view = actualsOf(2021);
        Workbooks.exportLink(view.excelExport);

        try (Workbook book = Workbooks.read(BookkeepingExcel.actuals(view, view.shown))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Utfall 2021");
            List<String> headers = Workbooks.headers(sheet);
            assertThat(headers).hasSize(14);
            assertThat(headers.getFirst()).isEqualTo("Budgetpost");
            assertThat(headers.get(1)).isEqualToIgnoringCase("januari");
            assertThat(headers.getLast()).isEqualTo("Helår");
            Row kansli = Workbooks.row(sheet, "Kansli");
            assertThat(Workbooks.money(kansli.getCell(1))).isEqualTo(15_000d);
            assertThat(kansli.getCell(2).getCellType()).as("nothing in February").isEqualTo(CellType.BLANK);
            assertThat(Workbooks.money(kansli.getCell(3))).isEqualTo(100_000d);
            assertThat(Workbooks.money(kansli.getCell(13))).isEqualTo(115_000d);
            Row result = Workbooks.row(sheet, "Resultat");
            assertThat(Workbooks.money(result.getCell(2))).isEqualTo(-150_000.5d);
            Workbooks.row(sheet, "Summa intäkter");
        }

        ImportDetailView detail = open("utfall/import/" + id, ImportDetailView.class);
        Workbooks.exportLink(detail.excelExport);
        try (Workbook book = Workbooks.read(BookkeepingExcel.importTotals(detail, detail.detail))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(Workbooks.headers(sheet).getFirst()).isEqualTo("Budgetpost");
            assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            Workbooks.money(sheet.getRow(3).getCell(2));
        }
    }
}
