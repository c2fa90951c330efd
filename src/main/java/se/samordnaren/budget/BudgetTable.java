package se.samordnaren.budget;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.Span;
import se.samordnaren.budget.BudgetVersionDetail.Cell;
import se.samordnaren.budget.BudgetVersionDetail.Line;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.MoneyField;
import se.samordnaren.ui.StaticMarkup;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One version as a table: the lines grouped in income and costs, one column per year (the budget year and the two
 * plan years), a subtotal per group and the result per year. While the version is undecided and the user writes
 * money, every amount is a {@link MoneyField} saved as soon as the user leaves it; the totals are then read again.
 * A plain HTML table, so a screen reader announces line and year of every figure; on a phone it scrolls sideways
 * with the line names kept in view. Read only (a decided version, a reader), the table is markup ({@link StaticMarkup}):
 * 240 lines times three years were a cell and a figure component each, kept in the session while the page is open
 * (heap per session, docs/performance.md).
 */
class BudgetTable extends Div {

    /** Saves one typed amount (null: emptied) and returns the cell's row as it is now. */
    interface CellSaver {
        SavedAmount save(Line line, int year, BigDecimal amount, Long amountId, Integer amountVersion);
    }

    /** What is stored in a cell now (changes with every save, so the next save carries the right version). */
    static final class CellState {
        Long amountId;
        Integer amountVersion;
        BigDecimal amount;

        CellState(Cell cell) {
            amountId = cell.amountId();
            amountVersion = cell.amountVersion();
            amount = cell.amount();
        }
    }

    private final boolean editable;
    private final CellSaver saver;
    private final Consumer<String> afterSave;
    /** The amount fields by "itemId:year" (for tests and the totals), while editable. */
    final Map<String, MoneyField> fields = new LinkedHashMap<>();
    final Map<String, CellState> states = new HashMap<>();
    /** The totals per year, while editable: "income:2021", "costs:2021", "result:2021". */
    final Map<String, Span> totals = new HashMap<>();

    /** {@code afterSave} gets a short text naming what was saved ("Kansli 2021"). */
    BudgetTable(BudgetVersionDetail detail, boolean editable, CellSaver saver, Consumer<String> afterSave) {
        this.editable = editable;
        this.saver = saver;
        this.afterSave = afterSave;
        addClassName("budget-table-scroll");
        // A local, not a field: frozen, the table's components must become garbage (StaticMarkup).
        NativeTable table = new NativeTable();
        table.addClassName("budget-table");
        table.setCaptionText(getTranslation("budget.table.caption", detail.name()));
        // It scrolls sideways on a phone: reachable by keyboard (arrows scroll it), named for a screen reader.
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("budget.table.caption", detail.name()));
        add(table);

        NativeTableRow head = table.getHead().addRow();
        NativeTableHeaderCell item = header("budget.table.item", "col");
        item.addClassName("item-head");
        head.add(item);
        for (int year : detail.years()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(String.valueOf(year));
            cell.getElement().setAttribute("scope", "col");
            cell.add(subLabel(getTranslation(year == detail.year() ? "budget.table.budgetYear" : "budget.table.planYear")));
            cell.addClassName("year");
            head.add(cell);
        }
        group(table.getBody(), detail, BudgetDirection.INCOME);
        group(table.addBody(), detail, BudgetDirection.COST);
        NativeTableRow result = table.getFoot().addRow();
        result.addClassName("result");
        result.add(header("budget.table.result", "row"));
        for (int year : detail.years()) {
            result.add(totalCell("result:" + year));
        }
        showTotals(detail.totals());
        if (!editable) {
            StaticMarkup.freeze(this);
            totals.clear();
        }
    }

    private void group(NativeTableBody body, BudgetVersionDetail detail, BudgetDirection direction) {
        boolean income = direction == BudgetDirection.INCOME;
        NativeTableRow title = body.addRow();
        title.addClassName("group");
        NativeTableHeaderCell titleCell = header(income ? "budget.table.income" : "budget.table.costs", "colgroup");
        titleCell.getElement().setAttribute("colspan", String.valueOf(detail.years().size() + 1));
        title.add(titleCell);
        List<Line> lines = detail.lines(direction);
        if (lines.isEmpty()) {
            NativeTableRow none = body.addRow();
            NativeTableCell cell = new NativeTableCell(getTranslation("budget.table.noLines"));
            cell.setColspan(detail.years().size() + 1);
            cell.addClassName("none");
            none.add(cell);
        }
        for (Line line : lines) {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(line.name());
            name.getElement().setAttribute("scope", "row");
            String category = getTranslation(line.category().translationKey())
                    + (line.active() ? "" : " · " + getTranslation("budget.item.inactive"));
            name.add(subLabel(category));
            row.add(name);
            for (Cell cell : line.cells()) {
                row.add(amountCell(line, cell));
            }
        }
        NativeTableRow subtotal = body.addRow();
        subtotal.addClassName("subtotal");
        subtotal.add(header(income ? "budget.table.incomeTotal" : "budget.table.costsTotal", "row"));
        for (int year : detail.years()) {
            subtotal.add(totalCell((income ? "income:" : "costs:") + year));
        }
    }

    private NativeTableCell amountCell(Line line, Cell cell) {
        NativeTableCell td = new NativeTableCell();
        td.addClassName("amount");
        if (!editable) {
            td.add(BudgetUi.money(cell.amount()));
            if (cell.note() != null) {
                Span note = new Span(cell.note());
                note.addClassName("amount-note");
                td.add(note);
            }
            return td;
        }
        String key = line.itemId() + ":" + cell.year();
        CellState state = new CellState(cell);
        states.put(key, state);
        MoneyField field = new MoneyField(getTranslation("budget.table.cellLabel", line.name(), String.valueOf(cell.year())));
        field.setLabel(null);
        field.setValue(cell.amount());
        field.addClassName("budget-amount");
        field.setHelperText(cell.note());
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(line, cell.year(), field, state);
            }
        });
        fields.put(key, field);
        td.add(field);
        return td;
    }

    /** Saves what the user left in a field; a refusal is shown and the field goes back to what is stored. */
    private void save(Line line, int year, MoneyField field, CellState state) {
        if (!field.isReadable()) {
            return;
        }
        BigDecimal typed = field.getValue();
        boolean unchanged = typed == null ? state.amount == null
                : state.amount != null && typed.compareTo(state.amount) == 0;
        if (unchanged) {
            return;
        }
        boolean saved = ErrorHandling.run(this, () -> {
            SavedAmount now = saver.save(line, year, typed, state.amountId, state.amountVersion);
            state.amountId = now.amountId();
            state.amountVersion = now.amountVersion();
            state.amount = now.amountId() == null ? null : typed;
        });
        if (!saved) {
            field.setValue(state.amount);
            return;
        }
        afterSave.accept(line.name() + " " + year);
    }

    /** Shows the totals read after a save (or with the version). */
    void showTotals(List<BudgetYearTotal> yearTotals) {
        for (BudgetYearTotal total : yearTotals) {
            set("income:" + total.year(), total.income());
            set("costs:" + total.year(), total.costs());
            set("result:" + total.year(), total.result());
        }
    }

    private void set(String key, BigDecimal amount) {
        Span span = totals.get(key);
        if (span != null) {
            span.setText(BudgetUi.money(amount).getText());
            span.setClassName("negative", amount != null && amount.signum() < 0);
        }
    }

    private NativeTableCell totalCell(String key) {
        Span span = new Span();
        span.addClassName("money");
        totals.put(key, span);
        NativeTableCell cell = new NativeTableCell(span);
        cell.addClassName("amount");
        return cell;
    }

    private NativeTableHeaderCell header(String key, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private static Span subLabel(String text) {
        Span span = new Span(text);
        span.addClassName("sub-label");
        return span;
    }

    /** The amount stored in a cell now (for tests), null when empty. */
    BigDecimal stored(long itemId, int year) {
        CellState state = states.get(itemId + ":" + year);
        return state == null ? null : state.amount;
    }
}
