package se.samordnaren.ui;

import com.vaadin.flow.component.grid.Grid;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Lists whose rows open a detail page: the name column is a real link (so middle-click and "open in new tab" work),
 * and Enter on a row's cell opens the row as a click and Space do (vaadin-grid itself opens on Space only).
 */
public final class GridLinks {

    private GridLinks() {
    }

    /** Opens the focused row on Enter (not on a header cell, and not twice when the focus is on the row's link). */
    public static <T> void openOnEnter(Grid<T> grid, Consumer<T> open) {
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(e -> focused.set(e.isBodyCell() ? e.getItem().orElse(null) : null));
        grid.getElement().addEventListener("keydown", e -> {
            T item = focused.get();
            if (item != null) {
                open.accept(item);
            }
        }).setFilter("event.key === 'Enter' && (event.composedPath()[0].getAttribute('part') || '').includes('body-cell')");
    }
}
