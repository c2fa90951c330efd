package se.samordnaren.equity;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.allocation.AllocationService;
import se.samordnaren.allocation.AllocationYearDetail;
import se.samordnaren.budget.BudgetVersionKind;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.TestData;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.testsupport.Workbooks;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.DecidedAtLink;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.ALLOCATION_YEAR;
import static se.samordnaren.db.Tables.ANNUAL_RESULT;
import static se.samordnaren.db.Tables.DISCHARGE;
import static se.samordnaren.db.Tables.GUIDELINE_STEP;
import static se.samordnaren.db.Tables.MEMBER;

/** Browserless tests of /arsredovisning, /arsredovisning/{year}, /eget-kapital and /eget-kapital/riktlinje. */
class EquityViewsTest extends ViewTest {

    private static final String SOURCE =
            "Nationella rådet för finansiell samordning, rekommendation om eget kapital (cirka 20 % av tilldelade medel)";

    @Autowired
    AllocationService allocations;

    private TestData fixture;
    private TestData.LundMembers members;

    @BeforeEach
    void fixture() {
        fixture = new TestData(db);
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }

    /** Lund's 2019 and 2020 as in the demo (2020 approved at § 1), the 20 % step, discharge 2019 without Lund. */
    private TestData.BoardDecision lund() {
        members = fixture.lundMembers();
        db.insertInto(GUIDELINE_STEP).set(GUIDELINE_STEP.VALID_FROM, LocalDate.of(2010, 1, 1))
                .set(GUIDELINE_STEP.MAX_SHARE, new BigDecimal("20")).set(GUIDELINE_STEP.SOURCE, SOURCE).execute();
        for (int year : new int[] {2019, 2020}) {
            db.insertInto(ALLOCATION_YEAR).set(ALLOCATION_YEAR.YEAR, year)
                    .set(ALLOCATION_YEAR.TOTAL, new BigDecimal(year == 2019 ? "6800000" : "7000000")).execute();
        }
        var approved = fixture.boardDecision(LocalDate.of(2021, 3, 19), DecisionOutcome.APPROVED, "Årsredovisning för 2020");
        long r2019 = result(2019, "6900000", "6300000", "1900000", "2500000", null);
        result(2020, "7050000", "3750000", "2500000", "5800000", approved.id());
        db.insertInto(DISCHARGE, DISCHARGE.ANNUAL_RESULT_ID, DISCHARGE.MEMBER_ID)
                .select(db.select(ANNUAL_RESULT.ID, MEMBER.ID).from(ANNUAL_RESULT, MEMBER)).execute();
        db.update(DISCHARGE).set(DISCHARGE.GRANTED_ON, LocalDate.of(2020, 4, 20))
                .where(DISCHARGE.ANNUAL_RESULT_ID.eq(r2019)).and(DISCHARGE.MEMBER_ID.ne(members.lund())).execute();
        return approved;
    }

    private long result(int year, String income, String costs, String start, String end, Long decisionId) {
        return db.insertInto(ANNUAL_RESULT).set(ANNUAL_RESULT.YEAR, year).set(ANNUAL_RESULT.INCOME, new BigDecimal(income))
                .set(ANNUAL_RESULT.COSTS, new BigDecimal(costs)).set(ANNUAL_RESULT.EQUITY_START, new BigDecimal(start))
                .set(ANNUAL_RESULT.EQUITY_END, new BigDecimal(end)).set(ANNUAL_RESULT.DECISION_ID, decisionId)
                .set(ANNUAL_RESULT.AUDITORS_REPORT, "Vi tillstyrker att styrelsen beviljas ansvarsfrihet.")
                .set(ANNUAL_RESULT.AUDITORS_REPORT_ON, LocalDate.of(year + 1, 4, 12))
                .set(ANNUAL_RESULT.AUDITORS_RECOMMEND_DISCHARGE, true)
                .returning(ANNUAL_RESULT.ID).fetchSingle(ANNUAL_RESULT.ID);
    }

    /** The November budget and the revised one of 2021, as the budget feature's demo has them. */
    private void budgets() {
        var november = fixture.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, "Budget 2021");
        var march = fixture.boardDecision(LocalDate.of(2021, 3, 20), DecisionOutcome.APPROVED, "Reviderad budget 2021");
        fixture.decidedBudget(2021, BudgetVersionKind.BUDGET, "Budget 2021", november.id(), Map.of(
                "Intäkt tilldelning", Map.of(2021, 7_600_000L, 2022, 7_000_000L, 2023, 7_000_000L),
                "Kostnader", Map.of(2021, 9_900_000L, 2022, 9_200_000L, 2023, 7_100_000L)));
        fixture.decidedBudget(2021, BudgetVersionKind.REVISED, "Reviderad budget 2021", march.id(), Map.of(
                "Intäkt tilldelning", Map.of(2021, 7_700_000L, 2022, 7_000_000L, 2023, 7_000_000L),
                "Kostnader", Map.of(2021, 10_100_000L, 2022, 9_300_000L, 2023, 7_100_000L)));
        for (int year : new int[] {2021, 2022}) {
            db.insertInto(ALLOCATION_YEAR).set(ALLOCATION_YEAR.YEAR, year).set(ALLOCATION_YEAR.TOTAL, new BigDecimal("7000000"))
                    .execute();
        }
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_2020_excess_is_shown_in_kronor_with_the_status_in_words_and_the_source_beside_it() {
        lund();
        EquityView view = open("eget-kapital", EquityView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(1).year()).isEqualTo(2020);
        assertThat(plain(grid.getCellText(1, 1))).isEqualTo("5 800 000 kr");
        assertThat(plain(grid.getCellText(1, 3))).isEqualTo("4 400 000 kr över");
        assertThat(plain(grid.getCellText(1, 4))).isEqualTo("1 400 000 kr (20 %)");
        assertThat(plain(grid.getCellText(1, 5))).isEqualTo("82,9 %");
        assertThat(plain(grid.getCellText(1, 6))).isEqualTo("+3 300 000 kr");
        assertThat(((Badge) grid.getCellComponent(1, "status")).getText()).isEqualTo("Över riktlinjen");

        String headline = plain(view.headline.getElement().getTextRecursively());
        assertThat(headline).contains("5 800 000 kr", "1 400 000 kr", "4 400 000 kr över", "Över riktlinjen",
                "Källa: " + SOURCE, "Riktlinjen: högst 20 % av tilldelade medel (7 000 000 kr)");
        assertThat(plain(view.forecastNote.getText())).startsWith("Ingen prognos");
        // Without a forecast the calculator speaks of the latest closed year.
        assertThat(view.targetYear.getValue()).isEqualTo(2020);
        assertThat(plain(view.target.getText())).isEqualTo("Vid utgången av 2020 låg det egna kapitalet 4 400 000 kr "
                + "över riktlinjen. Eget kapital: 5 800 000 kr; tillåtet: 1 400 000 kr (20 % av tilldelningen).");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_forecast_rows_follow_the_history_and_the_calculator_says_what_must_be_spent_by_the_chosen_year() {
        lund();
        budgets();
        EquityView view = open("eget-kapital", EquityView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(5);
        assertThat(grid.getRow(2).year()).isEqualTo(2021);
        assertThat(grid.getRow(2).forecast()).isTrue();
        assertThat(plain(grid.getCellText(2, 1))).isEqualTo("3 400 000 kr");
        assertThat(plain(grid.getCellText(3, 1))).isEqualTo("1 100 000 kr");
        assertThat(plain(grid.getCellText(3, 3))).isEqualTo("300 000 kr under");
        assertThat(((Badge) grid.getCellComponent(3, "status")).getText()).isEqualTo("Inom riktlinjen");
        assertThat(plain(grid.getCellComponent(2, "year").getElement().getTextRecursively())).isEqualTo("2021Prognos");

        assertThat(view.targetYear.getValue()).isEqualTo(2021);
        assertThat(plain(view.target.getText())).isEqualTo("För att ligga inom riktlinjen vid utgången av 2021 behöver "
                + "förbundet använda 2 000 000 kr mer än budgeten och planen visar. Eget kapital enligt prognosen: "
                + "3 400 000 kr; tillåtet: 1 400 000 kr (20 % av tilldelningen).");
        test(view.targetYear).selectItem("2022");
        assertThat(plain(view.target.getText())).startsWith("Enligt budgeten och planen ligger förbundet inom "
                + "riktlinjen vid utgången av 2022, 300 000 kr under den tillåtna nivån");
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void the_list_of_annual_results_says_how_many_discharges_are_missing() {
        var approved = lund();
        AnnualResultsView view = open("arsredovisning", AnnualResultsView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).year()).isEqualTo(2020);
        assertThat(plain(grid.getCellText(0, 3))).isEqualTo("+3 300 000 kr");
        assertThat(((Badge) grid.getCellComponent(0, "discharge")).getText()).isEqualTo("4 av 4 saknas");
        assertThat(((Badge) grid.getCellComponent(1, "discharge")).getText()).isEqualTo("1 av 4 saknas");
        assertThat(grid.getCellComponent(0, "decision").getElement().getAttribute("href"))
                .isEqualTo("sammantraden/" + approved.meetingId() + "?paragraf=1");
        assertThat(view.addButton.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void one_year_shows_the_auditors_report_and_marks_the_outstanding_discharge_in_words() {
        lund();
        AnnualResultView view = open("arsredovisning/2019", AnnualResultView.class);
        assertThat(view.title.getText()).isEqualTo("Årsredovisning 2019");
        assertThat(view.outstanding.isVisible()).isTrue();
        assertThat(view.outstanding.getText()).isEqualTo("Ansvarsfrihet saknas från 1 av 4 medlemmar: Lunds kommun.");
        var grid = test(view.dischargeGrid);
        assertThat(grid.getRow(2).memberName()).isEqualTo("Lunds kommun");
        assertThat(((Badge) grid.getCellComponent(2, "state")).getText()).isEqualTo("Saknas – inte beslutad ännu");
        assertThat(((Badge) grid.getCellComponent(0, "state")).getText()).isEqualTo("Beviljad 2020-04-20");
        assertThat(find(Paragraph.class, view.auditors).all()).extracting(Paragraph::getText)
                .contains("Vi tillstyrker att styrelsen beviljas ansvarsfrihet.");
        assertThat(plain(view.figures.getElement().getTextRecursively())).contains("+600 000 kr", "2 500 000 kr",
                "6 800 000 kr");
        assertThat(plain(view.guideline.getElement().getTextRecursively())).contains("1 140 000 kr över",
                "Källa: " + SOURCE);
        assertThat(view.editButton.isVisible()).isTrue();

        // The ekonom records Lund's discharge through the dialog.
        test((Button) grid.getCellComponent(2, "actions")).click();
        roundTrip();
        DischargeDialog dialog = (DischargeDialog) view.openDialog;
        test(dialog.state).selectItem("Beviljad");
        test(dialog.grantedOn).setValue(LocalDate.of(2021, 4, 27));
        test(dialog.reference).setValue("Kommunfullmäktige 2021-04-27 § 80");
        assertThat(dialog.save()).isTrue();
        assertThat(view.outstanding.isVisible()).isFalse();
        assertThat(((Badge) test(view.dischargeGrid).getCellComponent(2, "state")).getText()).isEqualTo("Beviljad 2021-04-27");
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_approved_year_links_to_its_paragraph_and_the_board_cannot_edit() {
        var approved = lund();
        AnnualResultView view = open("arsredovisning/2020", AnnualResultView.class);
        DecidedAtLink link = find(DecidedAtLink.class, view.decided).single();
        assertThat(link.getText()).isEqualTo("Beslutat: " + fixture.boardName() + " 2021-03-19 § 1");
        assertThat(link.getHref()).isEqualTo("sammantraden/" + approved.meetingId() + "?paragraf=1");
        assertThat(plain(view.guideline.getElement().getTextRecursively())).contains("4 400 000 kr över");
        assertThat(view.editButton.isVisible()).isFalse();
        assertThat(view.dischargeGrid.getColumnByKey("actions")).isNull();
        assertThat(view.outstanding.getText()).isEqualTo("Ansvarsfrihet saknas från 4 av 4 medlemmar: "
                + "Arbetsförmedlingen, Försäkringskassan, Lunds kommun, Region Skåne.");
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void a_year_without_an_annual_result_is_not_found() {
        lund();
        assertThat(navigate("arsredovisning/1999", Component.class)).isInstanceOf(HasErrorParameter.class);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_forbundschef_adds_a_step_of_the_guideline_and_sees_which_steps_are_in_force() {
        lund();
        GuidelineView view = open("eget-kapital/riktlinje", GuidelineView.class);
        assertThat(view.addButton.isVisible()).isTrue();
        test(view.addButton).click();
        roundTrip();
        GuidelineStepDialog dialog = (GuidelineStepDialog) view.openDialog;
        test(dialog.validFrom).setValue(LocalDate.of(2010, 1, 1));
        type(dialog.allocationUpTo, "5 000 000");
        test(dialog.maxShare).setValue(new BigDecimal("30"));
        test(dialog.source).setValue("Nationella rådet, trappa för mindre förbund");
        assertThat(dialog.save()).isTrue();
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(plain(grid.getCellText(0, 1))).isEqualTo("högst 5 000 000 kr");
        assertThat(plain(grid.getCellText(1, 1))).isEqualTo("Alla storlekar");
        assertThat(((Badge) grid.getCellComponent(0, "state")).getText()).isEqualTo("Gäller nu");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_ekonom_reads_the_guideline_but_cannot_change_it() {
        lund();
        GuidelineView view = open("eget-kapital/riktlinje", GuidelineView.class);
        assertThat(view.addButton.isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("actions")).isNull();
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_demo_has_lunds_figures_and_the_missing_discharge() throws Exception {
        loadDemoData();
        EquityView equity = open("eget-kapital", EquityView.class);
        EquityYear y2020 = equity.overview.history().stream().filter(y -> y.year() == 2020).findFirst().orElseThrow();
        assertThat(y2020.result()).isEqualByComparingTo("3300000");
        assertThat(y2020.equityEnd()).isEqualByComparingTo("5800000");
        assertThat(y2020.allowed()).isEqualByComparingTo("1400000");
        assertThat(y2020.excess()).isEqualByComparingTo("4400000");
        EquityYear y2019 = equity.overview.history().getFirst();
        assertThat(y2019.year()).isEqualTo(2019);
        assertThat(y2019.result()).isEqualByComparingTo("600000");
        assertThat(y2019.allowed()).isEqualByComparingTo("1360000");

        AnnualResultView year2019 = open("arsredovisning/2019", AnnualResultView.class);
        assertThat(year2019.outstanding.getText()).isEqualTo("Ansvarsfrihet saknas från 1 av 4 medlemmar: Lunds kommun.");
        AnnualResultView year2020 = open("arsredovisning/2020", AnnualResultView.class);
        assertThat(find(DecidedAtLink.class, year2020.decided).single().getText())
                .isEqualTo("Beslutat: Styrelsen 2021-03-19 § 6");

        AllocationYearDetail allocation2021 = allocations.year(2021).orElseThrow();
        assertThat(allocation2021.decidedAt().label()).isEqualTo("Styrelsen 2020-11-27 § 5");
        assertThat(allocation2021.shares().stream().collect(Collectors.toMap(AllocationYearDetail.MemberShare::memberName,
                s -> s.difference().toBigInteger().longValue())))
                .containsEntry("Försäkringskassan", 0L).containsEntry("Region Skåne", 0L)
                .containsEntry("Lunds kommun", -1_750_000L);
    }

    /** The demo association's data, run as the demo loader runs it (plain JDBC: the files are PostgreSQL scripts). */
    private void loadDemoData() throws java.io.IOException {
        var scripts = new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.sql");
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

    /** Types into an amount field as a user does (the text, as typed). */
    private void type(se.samordnaren.ui.MoneyField field, String text) {
        test(field.getChildren().findFirst().map(com.vaadin.flow.component.textfield.TextField.class::cast).orElseThrow())
                .setValue(text);
    }

    // ---------------------------------------------------------------- Excel

    private static Row yearRow(Sheet sheet, int year) {
        return java.util.stream.IntStream.rangeClosed(Workbooks.HEADER_ROW + 1, sheet.getLastRowNum())
                .mapToObj(sheet::getRow).filter(r -> r.getCell(0).getNumericCellValue() == year).findFirst()
                .orElseThrow();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_exports_equity_against_the_guideline_with_real_amounts_and_percentages() throws Exception {
        lund();
        EquityView view = open("eget-kapital", EquityView.class);
        Workbooks.exportLink(view.exportSlot);

        try (Workbook book = Workbooks.read(EquityExcel.equity(view, view.rows))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(Workbooks.headers(sheet)).containsExactly("År", "Utfall eller prognos", "Eget kapital", "Status",
                    "Över/under riktlinjen", "Tillåtet", "Riktlinjens andel", "Andel av tilldelning", "Resultat",
                    "Tilldelning");
            Row y2020 = yearRow(sheet, 2020);
            assertThat(y2020.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2020.getCell(1).getStringCellValue()).isEqualTo("Utfall");
            assertThat(Workbooks.money(y2020.getCell(2))).isEqualTo(5_800_000d);
            assertThat(y2020.getCell(3).getStringCellValue()).isEqualTo("Över riktlinjen");
            assertThat(Workbooks.money(y2020.getCell(4))).isEqualTo(4_400_000d);
            assertThat(Workbooks.money(y2020.getCell(5))).isEqualTo(1_400_000d);
            assertThat(y2020.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2020.getCell(6).getNumericCellValue()).isEqualTo(0.2d);
            assertThat(y2020.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(Workbooks.money(y2020.getCell(8))).isEqualTo(3_300_000d);
        }
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void the_auditors_export_the_annual_results_and_one_year_with_the_discharge_dates() throws Exception {
        var approved = lund();
        AnnualResultsView list = open("arsredovisning", AnnualResultsView.class);
        Workbooks.exportLink(list.exportSlot);
        try (Workbook book = Workbooks.read(EquityExcel.results(list, list.results))) {
            Sheet sheet = book.getSheetAt(0);
            Row y2020 = yearRow(sheet, 2020);
            assertThat(Workbooks.money(y2020.getCell(1))).isEqualTo(7_050_000d);
            assertThat(Workbooks.money(y2020.getCell(3))).isEqualTo(3_300_000d);
            assertThat(y2020.getCell(7).getStringCellValue()).endsWith("2021-03-19 § 1");
            assertThat(yearRow(sheet, 2019).getCell(8).getStringCellValue()).isEqualTo("1 av 4 saknas");
        }

        AnnualResultView view = open("arsredovisning/2019", AnnualResultView.class);
        Workbooks.exportLink(view.exportSlot);
        try (Workbook book = Workbooks.read(EquityExcel.result(view, view.detail))) {
            Sheet figures = book.getSheetAt(0);
            assertThat(Workbooks.money(Workbooks.row(figures, "Resultat").getCell(1))).isEqualTo(600_000d);
            Sheet discharge = book.getSheet("Ansvarsfrihet");
            assertThat(Workbooks.headers(discharge)).containsExactly("Medlem", "Beslut", "Beviljad den", "Referens");
            Row fk = Workbooks.row(discharge, "Försäkringskassan");
            assertThat(fk.getCell(1).getStringCellValue()).isEqualTo("Beviljad");
            assertThat(Workbooks.date(fk.getCell(2))).isEqualTo(LocalDate.of(2020, 4, 20));
            assertThat(Workbooks.row(discharge, "Lunds kommun").getCell(1).getStringCellValue())
                    .isEqualTo("Inte beslutad ännu");
        }
        assertThat(approved).isNotNull();
    }
}
