package se.samordnaren.dashboard;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import se.samordnaren.application.DemandYear;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.dashboard.BoardDashboard.BudgetLine;
import se.samordnaren.dashboard.BoardDashboard.EquityYear;
import se.samordnaren.dashboard.BoardDashboard.InsatsYear;
import se.samordnaren.dashboard.DashboardTables.BudgetRow;
import se.samordnaren.meeting.pdf.PageFrame;
import se.samordnaren.meeting.pdf.PdfFonts;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.TableColumns;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The board report (styrelserapport) as PDF for the meeting papers: the dashboard's regions in print, each chart drawn
 * on the server by JFreeChart as vectors into the OpenPDF document and followed by its table (chart text is drawn as
 * shapes and cannot be selected or read aloud: the sentence before and the table after carry the figures). Fonts as
 * in the minutes ({@link PdfFonts}); "Sida x av y" in the footer.
 */
final class BoardReportRenderer {

    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color LIGHT = new Color(0xbb, 0xbb, 0xbb);
    private static final Color HEADER_FILL = new Color(0xee, 0xf2, 0xf4);
    /** The screen's palette, ordered so that neighbours also differ in lightness (black-and-white print). */
    private static final Color[] SERIES = {new Color(0x1b, 0x5e, 0x7a), new Color(0xe0, 0x8a, 0x3c), new Color(0xb4, 0xbc, 0xc2)};
    private static final java.awt.Font CHART_FONT = new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 9);

    private final BoardDashboard board;
    private final DashboardTexts texts;
    private final String associationName;
    private final LocalDate printedOn;
    private final Font text;
    private final Font bold;
    private final Font small;
    private final Font smallGrey;
    private final Font heading;
    private final Font title;
    private final BaseFont boldFont;
    private PdfWriter writer;

    BoardReportRenderer(BoardDashboard board, DashboardTexts texts, String associationName, LocalDate printedOn) {
        this.board = board;
        this.texts = texts;
        this.associationName = associationName == null ? "" : associationName;
        this.printedOn = printedOn;
        BaseFont regularFont = PdfFonts.regular();
        boldFont = PdfFonts.bold();
        text = new Font(regularFont, 10f);
        bold = new Font(boldFont, 10f);
        small = new Font(regularFont, 8.5f);
        smallGrey = new Font(regularFont, 8.5f, Font.NORMAL, GREY);
        heading = new Font(boldFont, 13f);
        title = new Font(boldFont, 18f);
    }

    byte[] render() {
        return PageFrame.twoPass(this::render);
    }

    private PageFrame.Pass render(int totalPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 70, 64);
        writer = PdfWriter.getInstance(document, out);
        // A chart that does not fit at the end of a page moves to the next with what follows it, never after it.
        writer.setStrictImageSequence(true);
        Footer footer = new Footer(totalPages);
        writer.setPageEvent(footer);
        String reportTitle = texts.t("boardReport.title", String.valueOf(board.year()));
        document.addTitle(reportTitle + " – " + associationName);
        document.addAuthor(associationName);
        document.addCreator("Samordnaren");
        writer.getExtraCatalog().put(org.openpdf.text.pdf.PdfName.LANG, new org.openpdf.text.pdf.PdfString("sv-SE"));
        document.open();
        content(document, reportTitle);
        document.close();
        return new PageFrame.Pass(out.toByteArray(), footer.pages());
    }

    /** The shared frame's footer only: the report's title page has its own heading. */
    private final class Footer extends PageFrame {

        Footer(int totalPages) {
            super(totalPages);
        }

        @Override
        protected void draw(PdfWriter w, Document document, int page, int totalPages) {
            footer(w.getDirectContent(), document, 40,
                    pdf(associationName + " · " + texts.t("boardReport.title", String.valueOf(board.year()))),
                    totalPages > 0 ? texts.t("boardReport.pageOf", page, totalPages) : texts.t("boardReport.page", page));
        }
    }

    // ---------------------------------------------------------------------------------------------------- content

    private void content(Document document, String reportTitle) {
        Paragraph head = new Paragraph(pdf(reportTitle), title);
        document.add(head);
        Paragraph sub = new Paragraph(pdf(texts.t("boardReport.subtitle", associationName, Formats.date(printedOn))), smallGrey);
        sub.setSpacingAfter(10);
        document.add(sub);

        int y = board.year();
        section(document, texts.t("dashboard.equity.title"), texts.equitySummary(board.equity()));
        if (!board.equity().isEmpty()) {
            chart(document, equityChart(), 230);
            table(document, DashboardTables.equity(texts::t), board.equity(), e -> false);
        }
        EquityYear last = board.equity().stream().filter(e -> !e.forecast()).reduce((a, b) -> b).orElse(null);
        if (last != null && last.decidedAt() != null) {
            note(document, texts.t("dashboard.equity.decidedAt", String.valueOf(last.year())) + " " + last.decidedAt().label());
        }
        if (last != null && last.source() != null) {
            note(document, texts.t("dashboard.equity.source", last.source()));
        }

        document.newPage();
        section(document, texts.t("dashboard.budget.title", String.valueOf(y)), texts.budgetSummary(y, board.budget()));
        if (board.budget().hasBudget() && board.budget().decidedAt() != null) {
            note(document, texts.t("dashboard.budget.version", board.budget().versionName()) + ", "
                    + texts.t("boardReport.decidedAt", board.budget().decidedAt().label()));
        }
        List<BudgetLine> costs = board.budget().lines().stream().filter(l -> l.direction() == BudgetDirection.COST).toList();
        if (!costs.isEmpty()) {
            chart(document, budgetChart(costs), Math.min(330, 70 + 22 * costs.size()));
        }
        table(document, DashboardTables.budget(texts::t, y, board.budget()), DashboardTables.budgetRows(texts::t, board.budget()),
                BudgetRow::total);

        section(document, texts.t("dashboard.insats.title", String.valueOf(y)), texts.insatsSummary(y, board.insatser()));
        List<InsatsYear> insatser = board.insatser().rows();
        if (!insatser.isEmpty()) {
            chart(document, insatsChart(insatser), Math.min(300, 70 + 20 * insatser.size()));
            table(document, DashboardTables.insatser(texts::t, y), insatser, r -> false);
        }

        section(document, texts.t("dashboard.pipeline.title"), texts.pipelineSummary(board.pipeline()));
        if (!board.pipeline().isEmpty()) {
            chart(document, pipelineChart(board.pipeline()), 190);
            table(document, DashboardTables.pipeline(texts::t), board.pipeline(), d -> false);
        }

        BoardDashboard.FollowUpsDue due = board.followUps();
        section(document, texts.t("dashboard.followUps.title"), due.nextMeetingDate() == null
                ? texts.t("dashboard.followUps.noMeeting", DashboardService.DAYS_AHEAD_WITHOUT_MEETING)
                : texts.t("dashboard.followUps.next", due.nextMeetingBody(), Formats.date(due.nextMeetingDate())));
        if (due.rows().isEmpty()) {
            note(document, texts.t("dashboard.followUps.none"));
        } else {
            note(document, texts.t("dashboard.followUps.summary", due.count(), due.overdue()));
            table(document, DashboardTables.followUps(texts::t), due.rows(), r -> false);
        }

        section(document, texts.t("dashboard.discharge.title"), board.discharge().isEmpty()
                ? texts.t("dashboard.discharge.none") : texts.t("dashboard.discharge.summary", board.discharge().size()));
        if (!board.discharge().isEmpty()) {
            table(document, DashboardTables.discharge(texts::t), board.discharge(), d -> false);
        }

        BoardDashboard.LatestImport latest = board.latestImport();
        section(document, texts.t("dashboard.import.title"), latest == null ? texts.t("dashboard.import.none")
                : texts.t("dashboard.import.summary", latest.fileName(), latest.format().name(), Formats.date(latest.periodStart()),
                Formats.date(latest.periodEnd()), Formats.dateTime(latest.importedAt()), latest.importedBy(),
                Formats.number(BigDecimal.valueOf(latest.rowCount())), Formats.number(BigDecimal.valueOf(latest.vouchers())))
                + " " + texts.t("dashboard.import.unmapped", latest.unmappedRows()));
    }

    private void section(Document document, String heading, String summary) {
        Paragraph h = new Paragraph(pdf(heading), this.heading);
        h.setSpacingBefore(12);
        h.setSpacingAfter(4);
        document.add(h);
        Paragraph p = new Paragraph(pdf(summary), text);
        p.setLeading(13.5f);
        p.setSpacingAfter(6);
        document.add(p);
    }

    private void note(Document document, String line) {
        Paragraph p = new Paragraph(pdf(line), smallGrey);
        p.setSpacingBefore(3);
        document.add(p);
    }

    private <T> void table(Document document, TableColumns<T> columns, List<T> rows, Predicate<T> emphasised) {
        List<TableColumns.Column<T>> cols = columns.columns();
        PdfPTable table = new PdfPTable(cols.size());
        table.setWidthPercentage(100);
        float[] widths = new float[cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            widths[c] = c == 0 ? 2.6f : 1.3f;
        }
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        table.setSpacingAfter(4);
        for (TableColumns.Column<T> column : cols) {
            PdfPCell cell = cell(new Phrase(pdf(column.header()), new Font(boldFont, 8.5f)), numeric(column));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setBorderWidthBottom(0.8f);
            table.addCell(cell);
        }
        for (T row : rows) {
            Font font = emphasised.test(row) ? new Font(boldFont, 8.5f) : small;
            for (TableColumns.Column<T> column : cols) {
                table.addCell(cell(new Phrase(pdf(column.display(row)), font), numeric(column)));
            }
        }
        document.add(table);
    }

    private static boolean numeric(TableColumns.Column<?> column) {
        return column.kind() == TableColumns.Kind.MONEY || column.kind() == TableColumns.Kind.NUMBER
                || column.kind() == TableColumns.Kind.PERCENT;
    }

    private static PdfPCell cell(Phrase phrase, boolean right) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(LIGHT);
        cell.setBorderWidth(0.4f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    /** The chart as vectors: JFreeChart draws on OpenPDF's Graphics2D (text as shapes, so å, ä and ö come out right). */
    private void chart(Document document, JFreeChart chart, float height) {
        float width = document.right() - document.left();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphicsShapes(width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingBefore(4);
        image.setSpacingAfter(2);
        document.add(image);
    }

    // ---------------------------------------------------------------------------------------------------- charts

    private JFreeChart equityChart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String equity = texts.t("dashboard.equity.series.equity");
        String forecast = texts.t("dashboard.equity.series.forecast");
        String allowed = texts.t("dashboard.equity.series.allowed");
        List<EquityYear> rows = board.equity();
        int lastActual = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).forecast()) {
                lastActual = i;
            }
        }
        boolean hasForecast = rows.stream().anyMatch(EquityYear::forecast);
        for (int i = 0; i < rows.size(); i++) {
            EquityYear e = rows.get(i);
            String year = String.valueOf(e.year());
            data.addValue(e.forecast() ? null : e.equity(), equity, year);
            if (hasForecast) {
                data.addValue(e.forecast() || i == lastActual ? e.equity() : null, forecast, year);
            }
            data.addValue(e.allowed(), allowed, year);
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        int s = 0;
        renderer.setSeriesPaint(s, SERIES[0]);
        renderer.setSeriesStroke(s, new BasicStroke(2f));
        renderer.setSeriesShape(s++, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        if (hasForecast) {
            renderer.setSeriesPaint(s, SERIES[1]);
            renderer.setSeriesStroke(s, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            renderer.setSeriesShape(s++, triangle());
        }
        renderer.setSeriesPaint(s, SERIES[2]);
        renderer.setSeriesStroke(s, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3f}, 0f));
        renderer.setSeriesShape(s, diamond());
        plot.setRenderer(renderer);
        return chart;
    }

    private JFreeChart budgetChart(List<BudgetLine> costs) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BudgetLine line : costs) {
            data.addValue(line.budget(), texts.t("dashboard.budget.series.budget"), line.name());
            data.addValue(line.actual(), texts.t("dashboard.budget.series.actual"), line.name());
            data.addValue(line.forecast(), texts.t("dashboard.budget.series.forecast"), line.name());
        }
        return bars(ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, true, false, false));
    }

    private JFreeChart insatsChart(List<InsatsYear> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (InsatsYear row : rows) {
            data.addValue(row.granted(), texts.t("dashboard.insats.series.granted"), row.name());
            data.addValue(row.used(), texts.t("dashboard.insats.series.used"), row.name());
        }
        return bars(ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, true, false, false));
    }

    private JFreeChart pipelineChart(List<DemandYear> demand) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (DemandYear d : demand) {
            data.addValue(d.ideaAmount(), texts.t("dashboard.pipeline.series.ideas"), String.valueOf(d.year()));
            data.addValue(d.applicationAmount(), texts.t("dashboard.pipeline.series.applications"), String.valueOf(d.year()));
        }
        return bars(ChartFactory.createStackedBarChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false));
    }

    private JFreeChart bars(JFreeChart chart) {
        CategoryPlot plot = style(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < SERIES.length; s++) {
            renderer.setSeriesPaint(s, SERIES[s]);
            renderer.setSeriesOutlinePaint(s, Color.DARK_GRAY);
            renderer.setSeriesOutlineStroke(s, new BasicStroke(0.4f));
        }
        renderer.setMaximumBarWidth(0.12);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        return chart;
    }

    private CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(CHART_FONT);
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(CHART_FONT);
        categories.setCategoryMargin(0.2);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setTickLabelFont(CHART_FONT);
        values.setNumberFormatOverride(new MoneyAxisFormat());
        return plot;
    }

    private static Shape triangle() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -4);
        p.lineTo(4, 3.5);
        p.lineTo(-4, 3.5);
        p.closePath();
        return p;
    }

    private static Shape diamond() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -4);
        p.lineTo(4, 0);
        p.lineTo(0, 4);
        p.lineTo(-4, 0);
        p.closePath();
        return p;
    }

    /** "1,4 mnkr", "500 tkr", "0 kr" on the value axis, as on the screen. */
    private static final class MoneyAxisFormat extends NumberFormat {
        private static final java.util.Locale SWEDISH = java.util.Locale.of("sv", "SE");

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            NumberFormat digits = NumberFormat.getNumberInstance(SWEDISH);
            digits.setMaximumFractionDigits(1);
            double abs = Math.abs(number);
            String formatted = abs >= 1_000_000 ? digits.format(number / 1_000_000) + " mnkr"
                    : abs >= 1_000 ? digits.format(Math.round(number / 1_000)) + " tkr"
                    : digits.format(Math.round(number)) + " kr";
            return toAppendTo.append(pdf(formatted));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }

    private static String pdf(String text) {
        return PdfFonts.printable(text);
    }

}
