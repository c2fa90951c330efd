package se.samordnaren.budget;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import se.samordnaren.budget.BudgetVersionDetail.Cell;
import se.samordnaren.budget.BudgetVersionDetail.Line;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.common.Money;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.StaticMarkup;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One version as a table: the lines grouped in income and costs, one column per year (the budget year and the two
 * plan years), a subtotal per group and the result per year. While the version is undecided and the user writes
 * money, every amount is an input saved as soon as the user leaves it; the totals are then read again. A plain HTML
 * table, so a screen reader announces line and year of every figure; on a phone it scrolls sideways with the line
 * names kept in view.
 * <p>
 * The table is markup ({@link StaticMarkup}), the inputs too: plain {@code <input data-cell="item:year">} elements with
 * one change listener on the table, which sends the cell and what was typed. 240 lines times three years as
 * components (a {@code MoneyField} per cell) held 4.2 MB per open page, as cells and figures 0.9 MB (heap per session,
 * docs/performance.md). What a save changes on the page (the cell's text, a Swedish error under it, the totals) is
 * set in the browser by small scripts; the server keeps what each cell stores (for optimistic locking) and the totals.
 */
class BudgetTable extends Div {

    /** Saves one typed amount (null: emptied) and returns the cell's row as it is now. */
    interface CellSaver {
        SavedAmount save(Line line, int year, BigDecimal amount, Long amountId, Integer amountVersion);
    }

    /** What is stored in a cell now (changes with every save, so the next save carries the right version). */
    static final class CellState {
        final Line line;
        final int year;
        Long amountId;
        Integer amountVersion;
        BigDecimal amount;

        CellState(Line line, Cell cell) {
            this.line = line;
            this.year = cell.year();
            amountId = cell.amountId();
            amountVersion = cell.amountVersion();
            amount = cell.amount();
        }
    }

    private final boolean editable;
    private final CellSaver saver;
    private final Consumer<String> afterSave;
    /** What the browser sends with a change: the cell's key ("itemId:year") and what is in the input. */
    static final String CELL = "event.target.dataset.cell";
    static final String TYPED = "event.target.value";
    /** Only changes of the amount inputs go to the server. */
    static final String FILTER = "event.target.matches('input[data-cell]')";

    /** The editable cells by "itemId:year" (empty when read only). */
    final Map<String, CellState> states = new HashMap<>();
    /** The Swedish message shown under a cell whose text could not be read, by "itemId:year". */
    final Map<String, String> errors = new HashMap<>();
    /** The totals per year as shown: "income:2021", "costs:2021", "result:2021". */
    final Map<String, BigDecimal> totals = new HashMap<>();
    /** The total cells while the table is built (afterwards the browser's are changed by script). */
    private final Map<String, Span> totalCells = new HashMap<>();

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
        StaticMarkup.freeze(this);
        totalCells.clear();
        if (editable) {
            DomListenerRegistration change = getElement().addEventListener("change", event -> {
                JsonNode cell = event.getEventData().get(CELL);
                JsonNode typed = event.getEventData().get(TYPED);
                if (cell != null && cell.isString() && typed != null && typed.isString()) {
                    entered(cell.asString(), typed.asString());
                }
            });
            change.addEventData(CELL);
            change.addEventData(TYPED);
            change.setFilter(FILTER);
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
        states.put(key, new CellState(line, cell));
        // As few attributes as the input needs (the markup is kept per open page: 720 inputs on 240 lines); its look and
        // the "kr" after it come from budget.css.
        Element input = new Element("input");
        input.setAttribute("aria-label", getTranslation("budget.table.cellLabel", line.name(), String.valueOf(cell.year())));
        input.setAttribute("data-cell", key);
        input.setAttribute("value", shown(cell.amount()));
        Element box = new Element("span");
        box.setAttribute("class", "amount-box");
        box.appendChild(input);
        td.getElement().appendChild(box);
        if (cell.note() != null) {
            Span note = new Span(cell.note());
            note.addClassName("amount-note");
            td.add(note);
        }
        return td;
    }

    /**
     * What the browser sent when the user left a cell (or pressed Enter): empty removes the amount, a Swedish amount
     * saves it, anything else is answered under the cell and not saved. A key that is no cell of this table (a forged
     * request, a read-only table) does nothing.
     */
    void entered(String key, String typed) {
        CellState state = states.get(key);
        if (state == null) {
            return;
        }
        Optional<BigDecimal> amount = Money.parse(typed);
        if (!typed.isBlank() && amount.isEmpty()) {
            String message = getTranslation("error.money.invalid");
            errors.put(key, message);
            getElement().executeJs(SHOW_ERROR, key, message);
            return;
        }
        BigDecimal value = amount.orElse(null);
        boolean unchanged = value == null ? state.amount == null
                : state.amount != null && value.compareTo(state.amount) == 0;
        boolean saved = unchanged || ErrorHandling.run(this, () -> {
            SavedAmount now = saver.save(state.line, state.year, value, state.amountId, state.amountVersion);
            state.amountId = now.amountId();
            state.amountVersion = now.amountVersion();
            state.amount = now.amountId() == null ? null : value;
        });
        errors.remove(key);
        // The cell shows what is stored: the typed amount in its Swedish form, or after a refusal what the page knew.
        getElement().executeJs(SHOW_VALUE, key, shown(state.amount));
        if (saved && !unchanged) {
            afterSave.accept(state.line.name() + " " + state.year);
        }
    }

    /** A cell's text: "1 400 000" (the input says "kr" beside it), a minus the user can type back. */
    private static String shown(BigDecimal amount) {
        return amount == null ? "" : Formats.number(amount).replace('−', '-');
    }

    private static final String SHOW_VALUE = """
            const input = this.querySelector('input[data-cell="' + $0 + '"]');
            if (input) {
              input.value = $1;
              input.removeAttribute('aria-invalid');
              input.removeAttribute('aria-describedby');
              input.closest('td').querySelector('.amount-error')?.remove();
            }""";

    private static final String SHOW_ERROR = """
            const input = this.querySelector('input[data-cell="' + $0 + '"]');
            if (input) {
              const cell = input.closest('td');
              let error = cell.querySelector('.amount-error');
              if (!error) {
                error = document.createElement('span');
                error.className = 'amount-error';
                error.id = 'amount-error-' + $0.replace(':', '-');
                cell.appendChild(error);
              }
              error.textContent = $1;
              input.setAttribute('aria-invalid', 'true');
              input.setAttribute('aria-describedby', error.id);
            }""";

    /** Shows the totals read after a save (or with the version). */
    void showTotals(List<BudgetYearTotal> yearTotals) {
        for (BudgetYearTotal total : yearTotals) {
            set("income:" + total.year(), total.income());
            set("costs:" + total.year(), total.costs());
            set("result:" + total.year(), total.result());
        }
    }

    private void set(String key, BigDecimal amount) {
        totals.put(key, amount);
        String text = BudgetUi.money(amount).getText();
        boolean negative = amount != null && amount.signum() < 0;
        Span span = totalCells.get(key);
        if (span != null) {
            span.setText(text);
            span.setClassName("negative", negative);
        } else {
            getElement().executeJs("""
                    const total = this.querySelector('[data-total="' + $0 + '"]');
                    if (total) { total.textContent = $1; total.classList.toggle('negative', $2); }""", key, text, negative);
        }
    }

    private NativeTableCell totalCell(String key) {
        Span span = new Span();
        span.addClassName("money");
        span.getElement().setAttribute("data-total", key);
        totalCells.put(key, span);
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

    /** The total as shown ("−2 300 000 kr"), e.g. "costs:2022". */
    String total(String key) {
        return BudgetUi.money(totals.get(key)).getText();
    }
}
