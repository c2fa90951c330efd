package se.samordnaren.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasErrorParameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.decision.FollowUpService;
import se.samordnaren.testsupport.ViewTest;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Styrelsens översikt in the browserless UI: sentences, charts with aria and decal, the table alternative, links. */
@WithMockUser(username = "styrelse", roles = "STYRELSE")
class BoardDashboardViewTest extends ViewTest {

    @BeforeEach
    void lund() {
        MoneyFixture.lund(db);
    }

    private BoardDashboardView dashboard() {
        return open("oversikt?ar=2021", BoardDashboardView.class);
    }

    private List<String> hrefs(Component root) {
        return find(Anchor.class).from(root).all().stream().map(Anchor::getHref).toList();
    }

    @Test
    void each_chart_says_what_it_shows_in_a_swedish_sentence() {
        BoardDashboardView view = dashboard();

        assertThat(view.equityChart.getSummary()).isEqualTo("Eget kapital vid utgången av 2020 var 5\u00a0800\u00a0000\u00a0kr"
                + " mot tillåtna 1\u00a0400\u00a0000\u00a0kr (20\u00a0% av tilldelningen 7\u00a0000\u00a0000\u00a0kr): 4\u00a0400\u00a0000\u00a0kr"
                + " över riktlinjen. Enligt beslutade budgetar och planer är det inom riktlinjen 2022: 1\u00a0100\u00a0000\u00a0kr"
                + " mot tillåtna 1\u00a0400\u00a0000\u00a0kr.");
        assertThat(view.budgetChart.getSummary()).startsWith("Reviderad budget 2021: intäkter 7\u00a0700\u00a0000\u00a0kr och kostnader"
                + " 10\u00a0100\u00a0000\u00a0kr, budgeterat resultat −2\u00a0400\u00a0000\u00a0kr. Utfall januari–september:");
        assertThat(view.insatsChart.getSummary()).startsWith("Insatserna har beviljats 8\u00a0000\u00a0000\u00a0kr för 2021");
        assertThat(view.pipelineChart.getSummary()).isEqualTo("Inga idéer eller obeslutade ansökningar väntar.");
        assertThat(find(Paragraph.class).from(view).all()).extracting(Paragraph::getText)
                .contains("Ett beslut om ansvarsfrihet saknas ännu (räknat per medlem och räkenskapsår).");
    }

    @Test
    void the_charts_have_aria_with_the_sentence_and_decal_patterns_on() {
        BoardDashboardView view = dashboard();

        for (var chart : List.of(view.equityChart, view.budgetChart, view.insatsChart, view.pipelineChart)) {
            ObjectNode option = chart.getChart().getOption();
            assertThat(option.get("aria").get("enabled").asBoolean()).isTrue();
            assertThat(option.get("aria").get("decal").get("show").asBoolean()).isTrue();
            assertThat(option.get("aria").get("label").get("description").asString()).isEqualTo(chart.getSummary());
        }
        // the equity lines differ by stroke and marker, not only by colour
        ObjectNode equity = view.equityChart.getChart().getOption();
        assertThat(equity.get("series")).extracting(s -> s.get("lineStyle").get("type").asString())
                .containsExactly("solid", "dashed", "dotted");
        assertThat(equity.get("series")).extracting(s -> s.get("symbol").asString())
                .containsExactly("circle", "triangle", "diamond");
        assertThat(equity.get("xAxis").get("data")).extracting(n -> n.asString())
                .containsExactly("2019", "2020", "2021", "2022", "2023");
    }

    @Test
    void show_as_table_swaps_the_chart_for_a_grid_of_the_same_figures_and_back() {
        BoardDashboardView view = dashboard();
        var chart = view.equityChart;
        assertThat(chart.showsTable()).isFalse();
        assertThat(chart.getToggle().getText()).isEqualTo("Visa som tabell");

        test(chart.getToggle()).click();

        assertThat(chart.showsTable()).isTrue();
        assertThat(chart.getChart().isVisible()).isFalse();
        assertThat(chart.getToggle().getText()).isEqualTo("Visa som diagram");
        Grid<BoardDashboard.EquityYear> grid = chart.getTable();
        assertThat(grid.isVisible()).isTrue();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).containsExactly("År", "Underlag", "Årets resultat",
                "Eget kapital", "Tilldelning", "Tillåtet", "Över (+) / under (−) riktlinjen");
        assertThat(test(grid).size()).isEqualTo(5);
        assertThat(test(grid).getRow(1).year()).isEqualTo(2020);

        test(chart.getToggle()).click();
        assertThat(chart.showsTable()).isFalse();
        assertThat(chart.getChart().isVisible()).isTrue();
    }

    @Test
    void every_region_links_to_its_sources_by_the_fixed_routes() {
        BoardDashboardView view = dashboard();
        long versionId = view.dashboard.budget().versionId();
        long importId = view.dashboard.latestImport().id();

        assertThat(hrefs(view)).contains("eget-kapital", "budget/" + versionId, "utfall?ar=2021",
                "utfall/import/" + importId, "arsredovisning/2019", "oversikt/rapport.pdf?ar=2021", "ansokningar?status=obeslutade", "ideer")
                .anyMatch(h -> h.startsWith("sammantraden/") && h.endsWith("?paragraf=7"))
                .anyMatch(h -> h.startsWith("sammantraden/") && h.endsWith("?paragraf=6"));
        // in the tables: each insats to its page, each year of equity to its annual report, the allowed level to the steps
        test(view.insatsChart.getToggle()).click();
        test(view.equityChart.getToggle()).click();
        var insats = test(view.insatsChart.getTable());
        assertThat(((Anchor) insats.getCellComponent(0, 0)).getHref()).isEqualTo("insatser/" + insats.getRow(0).initiativeId());
        var equity = test(view.equityChart.getTable());
        assertThat(((Anchor) equity.getCellComponent(1, 0)).getHref()).isEqualTo("arsredovisning/2020");
        assertThat(((Anchor) equity.getCellComponent(3, 3)).getHref()).isEqualTo("eget-kapital");
        assertThat(((Anchor) equity.getCellComponent(1, 5)).getHref()).isEqualTo("eget-kapital/riktlinje");
        assertThat(equity.getCellText(1, 3)).isEqualTo("5\u00a0800\u00a0000\u00a0kr");
    }

    @Test
    void the_follow_ups_region_lists_the_most_urgent_says_how_many_and_exports_them_all() {
        LocalDate today = LocalDate.now();
        long held = data.heldMeeting(data.body(data.name("Uppföljningsstyrelsen")), today.minusDays(400), "Kansliet");
        long decision = data.paragraphWithDecision(held, 1, "Uppdrag", "Att återrapportera");
        int due = DashboardService.FOLLOW_UPS_SHOWN + 3;
        for (int n = 1; n <= due; n++) {
            data.followUp(decision, "Försenad " + n, null, today.minusDays(300 - n));
        }
        data.followUp(decision, "Långt fram", null, today.plusYears(1));

        BoardDashboardView view = dashboard();

        Grid<?> grid = find(Grid.class).from(view).all().stream().filter(g -> g.hasClassName("dashboard-followups"))
                .findFirst().orElseThrow();
        assertThat(test(grid).size()).isEqualTo(DashboardService.FOLLOW_UPS_SHOWN);
        assertThat(find(Paragraph.class).from(view).all()).extracting(Paragraph::getText)
                .contains("Att behandla: " + due + ", varav " + due + " försenade. Här visas de "
                        + DashboardService.FOLLOW_UPS_SHOWN + " mest brådskande. Alla " + due + " finns under Uppföljning.");
        assertThat(hrefs(view)).contains("uppfoljning");
        List<FollowUpService.Row> exported = view.allDue(view.dashboard.followUps());
        assertThat(exported).hasSize(due).startsWith(view.dashboard.followUps().rows().toArray(FollowUpService.Row[]::new));
        assertThat(exported).extracting(FollowUpService.Row::description).doesNotContain("Långt fram");
    }

    @Test
    void every_table_has_an_excel_export() {
        BoardDashboardView view = dashboard();

        List<Anchor> exports = find(Anchor.class).from(view).all().stream().filter(a -> a.hasClassName("excel-export")).toList();
        assertThat(exports).hasSize(5); // equity, budget, insatser, pipeline, discharge (no follow-ups due here)
        assertThat(exports).allSatisfy(a -> assertThat(a.getElement().getTextRecursively()).isEqualTo("Exportera till Excel"));
    }

    @Test
    void without_a_year_the_latest_year_with_a_reference_budget_is_shown_and_the_picker_offers_the_budget_years() {
        BoardDashboardView view = open("oversikt", BoardDashboardView.class);

        assertThat(view.dashboard.year()).isEqualTo(2021);
        assertThat(view.year.getValue()).isEqualTo(2021);
        assertThat(view.year.getListDataView().getItems().toList()).contains(2021, 2020);

        BoardDashboardView y2020 = open("oversikt?ar=2020", BoardDashboardView.class);
        assertThat(y2020.dashboard.year()).isEqualTo(2020);
        assertThat(y2020.dashboard.budget().versionName()).isEqualTo("Reviderad budget 2020");
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void the_beredningsgrupp_is_refused_the_dashboard_and_sees_the_pipeline_on_its_start_page() {
        Component shown = open("oversikt", Component.class);
        assertThat(shown).isInstanceOf(HasErrorParameter.class);

        HomeView home = open("", HomeView.class);
        assertThat(home.pipeline).isNotNull();
        assertThat(home.pipeline.getSummary()).isEqualTo("Inga idéer eller obeslutade ansökningar väntar.");
        assertThat(hrefs(home)).doesNotContain("oversikt");
    }

    @Test
    void the_start_page_links_the_money_roles_to_the_dashboard() {
        HomeView home = open("", HomeView.class);

        assertThat(hrefs(home)).contains("oversikt");
        assertThat(home.pipeline).isNull();
    }
}
