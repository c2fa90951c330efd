package se.samordnaren.equity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import se.samordnaren.equity.AnnualResultDetail.Discharge;
import se.samordnaren.ui.ExcelExport;
import se.samordnaren.ui.TableColumns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The equity screens' tables as Excel files (ui.ExcelExport: real numbers, dates and percentages, Swedish headers
 * from equity_sv), made from what the screen already read: no statement of their own.
 */
final class EquityExcel {

    private EquityExcel() {
    }

    /** A figure of one annual result: its label and amount. */
    record Figure(String label, BigDecimal amount) {
    }

    /** The "Exportera till Excel" link of an equity screen. */
    static Anchor link(Component view, String fileName, SerializableSupplier<byte[]> content) {
        return ExcelExport.downloadLink(view.getTranslation("chart.exportExcel"), fileName + ".xlsx", content);
    }

    /** The annual results, one row a year. */
    static byte[] results(Component tr, List<AnnualResultRow> rows) {
        TableColumns<AnnualResultRow> columns = TableColumns.<AnnualResultRow>create()
                .number(tr.getTranslation("equity.year"), AnnualResultRow::year)
                .money(tr.getTranslation("equity.income"), AnnualResultRow::income)
                .money(tr.getTranslation("equity.costs"), AnnualResultRow::costs)
                .money(tr.getTranslation("equity.result"), AnnualResultRow::result)
                .money(tr.getTranslation("equity.equityStart"), AnnualResultRow::equityStart)
                .money(tr.getTranslation("equity.equityEnd"), AnnualResultRow::equityEnd)
                .money(tr.getTranslation("equity.allocation"), AnnualResultRow::allocation)
                .text(tr.getTranslation("equity.decision"), r -> r.decidedAt() != null ? r.decidedAt().label()
                        : r.note() == null ? tr.getTranslation("equity.noDecision") : r.note())
                .text(tr.getTranslation("equity.discharge"), r -> discharges(tr, r));
        return ExcelExport.xlsx(tr.getTranslation("equity.results.title"), columns, rows);
    }

    private static String discharges(Component tr, AnnualResultRow row) {
        int all = row.dischargesGranted() + row.dischargesRefused() + row.dischargesOutstanding();
        if (row.dischargesOutstanding() > 0) {
            return tr.getTranslation("equity.discharge.outstandingCount", row.dischargesOutstanding(), all);
        }
        if (row.dischargesRefused() > 0) {
            return tr.getTranslation("equity.discharge.refusedCount", row.dischargesRefused(), all);
        }
        return tr.getTranslation("equity.discharge.allGranted");
    }

    /** One year: its figures on one sheet, the members' discharge on another. */
    static byte[] result(Component tr, AnnualResultDetail detail) {
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure(tr.getTranslation("equity.income"), detail.income()),
                new Figure(tr.getTranslation("equity.costs"), detail.costs()),
                new Figure(tr.getTranslation("equity.result"), detail.result()),
                new Figure(tr.getTranslation("equity.equityStart"), detail.equityStart()),
                new Figure(tr.getTranslation("equity.equityEnd"), detail.equityEnd()),
                new Figure(tr.getTranslation("equity.allocation"), detail.allocation())));
        if (detail.equity() != null && detail.equity().allowed() != null) {
            figures.add(new Figure(tr.getTranslation("equity.col.allowed"), detail.equity().allowed()));
            figures.add(new Figure(tr.getTranslation("equity.col.excess"), detail.equity().excess()));
        }
        TableColumns<Figure> figureColumns = TableColumns.<Figure>create()
                .text(tr.getTranslation("equity.excel.figure"), Figure::label)
                .money(tr.getTranslation("equity.excel.amount"), Figure::amount);
        TableColumns<Discharge> dischargeColumns = TableColumns.<Discharge>create()
                .text(tr.getTranslation("equity.discharge.member"), Discharge::memberName)
                .text(tr.getTranslation("equity.discharge.state"),
                        d -> tr.getTranslation("equity.discharge.choice." + d.state().name()))
                .date(tr.getTranslation("equity.discharge.grantedOn"), Discharge::grantedOn)
                .text(tr.getTranslation("equity.discharge.reference"), Discharge::reference);
        String title = tr.getTranslation("equity.result.title", String.valueOf(detail.year()));
        return ExcelExport.xlsx(List.of(
                new ExcelExport.SheetData<>(title, title, figureColumns, figures),
                new ExcelExport.SheetData<>(tr.getTranslation("equity.discharge"),
                        tr.getTranslation("equity.discharge.title"), dischargeColumns, detail.discharges())));
    }

    /** Equity against the guideline: the years with annual results, then the forecast. */
    static byte[] equity(Component tr, List<EquityYear> rows) {
        TableColumns<EquityYear> columns = TableColumns.<EquityYear>create()
                .number(tr.getTranslation("equity.year"), EquityYear::year)
                .text(tr.getTranslation("equity.excel.kind"), y -> tr.getTranslation(y.forecast()
                        ? "equity.kind.forecast" : "equity.kind.actual"))
                .money(tr.getTranslation("equity.col.equityEnd"), EquityYear::equityEnd)
                .text(tr.getTranslation("equity.status"), y -> tr.getTranslation(y.level().translationKey()))
                .money(tr.getTranslation("equity.col.excess"), EquityYear::excess)
                .money(tr.getTranslation("equity.col.allowed"), EquityYear::allowed)
                .percent(tr.getTranslation("equity.excel.maxShare"), EquityYear::maxShare)
                .percent(tr.getTranslation("equity.col.ratio"), EquityYear::ratioPercent)
                .money(tr.getTranslation("equity.result"), EquityYear::result)
                .money(tr.getTranslation("equity.col.allocation"), EquityYear::allocation);
        return ExcelExport.xlsx(tr.getTranslation("equity.title"), columns, rows);
    }
}
