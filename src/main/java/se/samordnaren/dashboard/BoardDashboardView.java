package se.samordnaren.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.function.SerializableSupplier;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.application.ApplicationListLink;
import se.samordnaren.application.DemandYear;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.dashboard.DashboardTables.BudgetRow;
import se.samordnaren.dashboard.BoardDashboard.BudgetFollowUp;
import se.samordnaren.dashboard.BoardDashboard.DischargeOutstanding;
import se.samordnaren.dashboard.BoardDashboard.EquityYear;
import se.samordnaren.dashboard.BoardDashboard.InsatsYear;
import se.samordnaren.dashboard.BoardDashboard.LatestImport;
import se.samordnaren.decision.FollowUpService;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.ExcelExport;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.TableColumns;
import se.samordnaren.ui.ViewHeader;
import se.samordnaren.ui.chart.Chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * Styrelsens översikt (/oversikt?ar=2021): the board's first question at every meeting — where do we stand against the
 * budget, and where is our equity heading against the guideline? — with the insatser's money, the coming demand,
 * follow-ups due, discharge outstanding and the latest import. Every chart has its sentence and its table; every
 * figure links to its source (docs/dashboard.md lists the sources and routes).
 * <p>
 * Only the money readers open it. The beredningsgrupp is refused here and sees the pipeline on its start page
 * instead: one route with contents that depend on the role would need a check per region in view and service; a
 * refused route is enforced by Vaadin's access control and checked by RouteAccessTest.
 */
@Route("oversikt")
@Menu(order = 40, title = "nav.boardDashboard", icon = "vaadin:chart-line")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/dashboard.css")
class BoardDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String YEAR_PARAMETER = "ar";

    private final DashboardService dashboards;
    private final FollowUpService followUps;
    private DashboardTexts texts;
    BoardDashboard dashboard;
    final Select<Integer> year = new Select<>();
    Chart<EquityYear> equityChart;
    Chart<BudgetRow> budgetChart;
    Chart<InsatsYear> insatsChart;
    Chart<DemandYear> pipelineChart;

    BoardDashboardView(DashboardService dashboards, FollowUpService followUps) {
        this.dashboards = dashboards;
        this.followUps = followUps;
        addClassName("board-dashboard");
        year.setLabel(getTranslation("dashboard.year"));
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("oversikt", QueryParameters.of(YEAR_PARAMETER, String.valueOf(e.getValue()))));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Integer requested = event.getLocation().getQueryParameters().getSingleParameter(YEAR_PARAMETER)
                .filter(v -> v.matches("\\d{4}")).map(Integer::valueOf).orElse(null);
        show(dashboards.board(requested, LocalDate.now()));
    }

    private void show(BoardDashboard board) {
        this.dashboard = board;
        this.texts = new DashboardTexts(this::getTranslation, Formats.locale());
        removeAll();
        int y = board.year();

        TreeSet<Integer> years = new TreeSet<>(board.budgetYears());
        years.add(LocalDate.now().getYear());
        years.add(y);
        year.setItems(years.descendingSet());
        year.setValue(y);
        Anchor report = new Anchor("oversikt/rapport.pdf?ar=" + y, "");
        report.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("dashboard.report")));
        report.setTarget(AnchorTarget.BLANK);
        report.setRouterIgnore(true);
        report.addClassName("dashboard-report-link");
        add(new ViewHeader(getTranslation("dashboard.title", String.valueOf(y)), getTranslation("dashboard.description")));
        add(new FilterBar(year, report));

        add(cards(board));
        add(region(getTranslation("dashboard.equity.title"), equityRegion(board)));
        add(region(getTranslation("dashboard.budget.title", String.valueOf(y)), budgetRegion(board)));
        add(region(getTranslation("dashboard.insats.title", String.valueOf(y)), insatsRegion(board)));
        add(region(getTranslation("dashboard.pipeline.title"), pipelineRegion(board.pipeline())));
        add(region(getTranslation("dashboard.followUps.title"), followUpRegion(board.followUps())));
        add(region(getTranslation("dashboard.discharge.title"), dischargeRegion(board.discharge())));
        add(region(getTranslation("dashboard.import.title"), importRegion(board.latestImport())));
    }

    // ---------------------------------------------------------------------------------------------------- cards

    private Component cards(BoardDashboard board) {
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassNames("cards", "dashboard-cards");
        EquityYear last = board.equity().stream().filter(e -> !e.forecast()).reduce((a, b) -> b).orElse(null);
        if (last == null) {
            cards.add(card(getTranslation("dashboard.card.equity", "–"), "–", "eget-kapital",
                    getTranslation("dashboard.card.equity.none"), false));
        } else {
            String detail = last.excess() == null ? "" : getTranslation(last.above() ? "dashboard.card.equity.above"
                    : "dashboard.card.equity.within", DashboardTexts.money(last.excess().abs()));
            cards.add(card(getTranslation("dashboard.card.equity", String.valueOf(last.year())),
                    DashboardTexts.money(last.equity()), "eget-kapital", detail, last.above()));
        }
        BudgetFollowUp budget = board.budget();
        cards.add(card(getTranslation("dashboard.card.budget", String.valueOf(board.year())),
                budget.months() == 0 ? "–" : DashboardTexts.money(budget.costs().actual()), "utfall?ar=" + board.year(),
                budget.months() == 0 ? getTranslation("dashboard.card.budget.none")
                        : getTranslation("dashboard.card.budget.detail", DashboardTexts.percent(budget.costs().shareUsed()),
                        texts.period(budget.months())), false));
        cards.add(card(getTranslation("dashboard.card.decidedNotUsed"), DashboardTexts.money(board.insatser().decidedNotUsed()),
                "insatser", getTranslation("dashboard.card.decidedNotUsed.detail", String.valueOf(board.year())), false));
        List<DischargeOutstanding> discharge = board.discharge();
        cards.add(card(getTranslation("dashboard.card.discharge"), Formats.number(BigDecimal.valueOf(discharge.size())),
                discharge.isEmpty() ? "arsredovisning" : "arsredovisning/" + discharge.getFirst().year(),
                discharge.isEmpty() ? getTranslation("dashboard.card.discharge.none")
                        : getTranslation("dashboard.card.discharge.detail", discharge.size()),
                !discharge.isEmpty()));
        return cards;
    }

    private Div card(String title, String figure, String href, String detail, boolean attention) {
        Anchor big = new Anchor(href, figure);
        big.addClassName("card-figure");
        Div card = new Div(new H2(title), big, new Div(new Span(detail)));
        card.addClassName("info-card");
        if (attention) {
            card.addClassName("attention");
        }
        return card;
    }

    private Component region(String title, Component... content) {
        Div region = new Div(new H2(title));
        region.add(content);
        region.addClassName("dashboard-region");
        return region;
    }

    // ---------------------------------------------------------------------------------------------------- equity

    private Component[] equityRegion(BoardDashboard board) {
        List<EquityYear> equity = board.equity();
        TableColumns<EquityYear> columns = DashboardTables.equity(this::getTranslation);
        equityChart = new Chart<>(texts.equitySummary(equity), DashboardCharts.equity(equity, texts), columns, equity)
                .withExcelExport(getTranslation("dashboard.equity.title"), getTranslation("dashboard.excel.equity") + ".xlsx");
        equityChart.getChart().addChartClickListener(e -> {
            if (e.dataIndex() >= 0 && e.dataIndex() < equity.size()) {
                getUI().ifPresent(ui -> ui.navigate(DashboardTables.equityHref(equity.get(e.dataIndex()))));
            }
        });
        Div links = new Div(new Anchor("eget-kapital", getTranslation("dashboard.equity.more")));
        links.addClassName("dashboard-links");
        EquityYear last = equity.stream().filter(e -> !e.forecast()).reduce((a, b) -> b).orElse(null);
        if (last != null && last.decidedAt() != null) {
            links.add(new Span(getTranslation("dashboard.equity.decidedAt", String.valueOf(last.year()))),
                    new DecidedAtLink(last.decidedAt()));
        }
        if (last != null && last.source() != null) {
            Paragraph source = new Paragraph(getTranslation("dashboard.equity.source", last.source()));
            source.addClassName("dashboard-note");
            return new Component[] {equityChart, links, source};
        }
        return new Component[] {equityChart, links};
    }

    // ---------------------------------------------------------------------------------------------------- budget

    private Component[] budgetRegion(BoardDashboard board) {
        BudgetFollowUp budget = board.budget();
        int y = board.year();
        String budgetHref = DashboardTables.budgetHref(budget);
        String actualHref = DashboardTables.actualHref(y);
        List<BudgetRow> rows = DashboardTables.budgetRows(this::getTranslation, budget);
        TableColumns<BudgetRow> columns = DashboardTables.budget(this::getTranslation, y, budget);
        List<BoardDashboard.BudgetLine> costs = budget.lines().stream().filter(l -> l.direction() == BudgetDirection.COST).toList();
        budgetChart = new Chart<>(texts.budgetSummary(y, budget), DashboardCharts.budget(costs, texts), columns, rows)
                .withExcelExport(getTranslation("dashboard.budget.title", String.valueOf(y)),
                        getTranslation("dashboard.excel.budget", String.valueOf(y)) + ".xlsx");
        budgetChart.getChart().setHeight(Math.max(260, 60 + 44 * costs.size()) + "px");
        budgetChart.getChart().addChartClickListener(e -> getUI().ifPresent(ui -> ui.navigate(actualHref)));
        Div links = new Div();
        links.addClassName("dashboard-links");
        if (budget.hasBudget()) {
            links.add(new Anchor(budgetHref, getTranslation("dashboard.budget.version", budget.versionName())));
            if (budget.decidedAt() != null) {
                links.add(new DecidedAtLink(budget.decidedAt()));
            }
        }
        links.add(new Anchor(actualHref, getTranslation("dashboard.budget.actuals", String.valueOf(y))));
        return new Component[] {links, budgetChart};
    }

    // ---------------------------------------------------------------------------------------------------- insatser

    private Component[] insatsRegion(BoardDashboard board) {
        int y = board.year();
        List<InsatsYear> rows = board.insatser().rows();
        TableColumns<InsatsYear> columns = DashboardTables.insatser(this::getTranslation, y);
        insatsChart = new Chart<>(texts.insatsSummary(y, board.insatser()), DashboardCharts.insatser(rows, texts), columns, rows)
                .withExcelExport(getTranslation("dashboard.insats.title", String.valueOf(y)),
                        getTranslation("dashboard.excel.insats", String.valueOf(y)) + ".xlsx");
        insatsChart.getChart().setHeight(Math.max(220, 60 + 40 * rows.size()) + "px");
        insatsChart.getChart().addChartClickListener(e -> {
            if (e.dataIndex() >= 0 && e.dataIndex() < rows.size()) {
                getUI().ifPresent(ui -> ui.navigate("insatser/" + rows.get(e.dataIndex()).initiativeId()));
            }
        });
        return new Component[] {insatsChart};
    }

    // ---------------------------------------------------------------------------------------------------- pipeline

    private Component[] pipelineRegion(List<DemandYear> demand) {
        pipelineChart = PipelineChart.create(this::getTranslation, texts, demand);
        Div links = new Div(new Anchor(ApplicationListLink.undecided(null), getTranslation("dashboard.pipeline.applications")),
                new Anchor("ideer", getTranslation("dashboard.pipeline.ideas")));
        links.addClassName("dashboard-links");
        return new Component[] {pipelineChart, links};
    }

    // ---------------------------------------------------------------------------------------------------- follow-ups

    private Component[] followUpRegion(BoardDashboard.FollowUpsDue due) {
        Paragraph intro = new Paragraph(due.nextMeetingDate() == null
                ? getTranslation("dashboard.followUps.noMeeting", DashboardService.DAYS_AHEAD_WITHOUT_MEETING)
                : getTranslation("dashboard.followUps.next", due.nextMeetingBody(), Formats.date(due.nextMeetingDate())));
        intro.addClassName("dashboard-note");
        Anchor all = new Anchor("uppfoljning", getTranslation("dashboard.followUps.all"));
        Div links = new Div(all);
        links.addClassName("dashboard-links");
        if (due.nextMeetingId() != null) {
            links.add(new Anchor("sammantraden/" + due.nextMeetingId(), Formats.date(due.nextMeetingDate())));
        }
        if (due.rows().isEmpty()) {
            return new Component[] {intro, new Paragraph(getTranslation("dashboard.followUps.none")), links};
        }
        // The most urgent few and how many there are; "Alla uppföljningar" lists them all in the same order, and the
        // Excel file has them all (read when it is asked for).
        String counted = getTranslation("dashboard.followUps.summary", due.count(), due.overdue());
        Paragraph summary = new Paragraph(due.more()
                ? counted + " " + getTranslation("dashboard.followUps.more", due.rows().size(), due.count()) : counted);
        summary.addClassName("chart-summary");
        TableColumns<FollowUpService.Row> columns = DashboardTables.followUps(this::getTranslation);
        var grid = columns.grid(due.rows());
        grid.addClassName("dashboard-followups");
        return new Component[] {intro, summary, grid, links, excelLink(getTranslation("dashboard.followUps.title"),
                getTranslation("dashboard.excel.followUps"), columns, () -> allDue(due))};
    }

    /** Every follow-up due, for the Excel file: those shown, or read in full when there are more. */
    List<FollowUpService.Row> allDue(BoardDashboard.FollowUpsDue due) {
        return due.more() ? followUps.list(new FollowUpService.Filter(FollowUpService.Show.OPEN, null, due.dueBy())) : due.rows();
    }

    // ---------------------------------------------------------------------------------------------------- discharge

    private Component[] dischargeRegion(List<DischargeOutstanding> discharge) {
        if (discharge.isEmpty()) {
            return new Component[] {new Paragraph(getTranslation("dashboard.discharge.none"))};
        }
        TableColumns<DischargeOutstanding> columns = DashboardTables.discharge(this::getTranslation);
        Paragraph summary = new Paragraph(getTranslation("dashboard.discharge.summary", discharge.size()));
        summary.addClassName("chart-summary");
        return new Component[] {summary, columns.grid(discharge), excelLink(getTranslation("dashboard.discharge.title"),
                getTranslation("dashboard.excel.discharge"), columns, discharge)};
    }

    // ---------------------------------------------------------------------------------------------------- import

    private Component[] importRegion(LatestImport latest) {
        if (latest == null) {
            return new Component[] {new Paragraph(getTranslation("dashboard.import.none"))};
        }
        Paragraph summary = new Paragraph(getTranslation("dashboard.import.summary", latest.fileName(), latest.format().name(),
                Formats.date(latest.periodStart()), Formats.date(latest.periodEnd()), Formats.dateTime(latest.importedAt()),
                latest.importedBy(), Formats.number(BigDecimal.valueOf(latest.rowCount())),
                Formats.number(BigDecimal.valueOf(latest.vouchers()))));
        summary.addClassName("chart-summary");
        Paragraph unmapped = new Paragraph(getTranslation("dashboard.import.unmapped", latest.unmappedRows()));
        if (latest.unmappedRows() > 0) {
            unmapped.addClassName("attention-text");
        }
        Div links = new Div(new Anchor("utfall/import/" + latest.id(), getTranslation("dashboard.import.open")));
        links.addClassName("dashboard-links");
        return new Component[] {summary, unmapped, links};
    }

    private <T> Component excelLink(String title, String fileName, TableColumns<T> columns, List<T> rows) {
        return excelLink(title, fileName, columns, () -> rows);
    }

    /** The rows read when the file is asked for. */
    private <T> Component excelLink(String title, String fileName, TableColumns<T> columns, SerializableSupplier<List<T>> rows) {
        Div actions = new Div(ExcelExport.downloadLink(getTranslation("chart.exportExcel"), fileName + ".xlsx",
                () -> ExcelExport.xlsx(title, columns, rows.get())));
        actions.addClassName("chart-actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.boardDashboard");
    }
}
