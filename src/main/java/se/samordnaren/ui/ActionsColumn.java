package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid's column of buttons (Redigera, Avsluta, Ta bort …). Its header says "Åtgärder" to assistive technology but
 * not on the screen, where the buttons speak for themselves: a table header without text leaves a screen reader's
 * user without the column's name when moving through the cells (axe's {@code empty-table-header}).
 */
public final class ActionsColumn {

    static final String HEADER_KEY = "grid.actions";

    private ActionsColumn() {
    }

    /** Adds the buttons' column at the end of the grid: as wide as its buttons, with the hidden header. */
    public static <T> Grid.Column<T> add(Grid<T> grid, ValueProvider<T, ? extends Component> buttons) {
        return header(grid.addComponentColumn(buttons).setAutoWidth(true).setFlexGrow(0));
    }

    /**
     * Gives an existing column of buttons the hidden header (for a column with a width of its own), and keeps it in
     * view at the grid's right edge. On a phone the grid scrolls sideways; a button column half out of view moved
     * when pressed (the grid scrolls the pressed cell into view between the press and the release), so the first
     * tap on Redigera, Ändra betalning, Stäng … did nothing (found by AccessibilityIT's dialog check at 320 px).
     * Frozen to the end (or to the start, for a grid that shows its buttons first), the buttons are always whole and
     * in view; on a wide screen nothing changes.
     */
    public static <T> Grid.Column<T> header(Grid.Column<T> column) {
        Span text = new Span(column.getGrid().getTranslation(HEADER_KEY));
        text.addClassName("visually-hidden");
        column.setHeader(text);
        if (column.getGrid().getColumns().indexOf(column) == 0) {
            return column.setFrozen(true);
        }
        return column.setFrozenToEnd(true);
    }
}
