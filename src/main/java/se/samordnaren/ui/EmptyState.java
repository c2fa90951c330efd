package se.samordnaren.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * A grid's "nothing to show" text that is on the page only while the grid has no rows. (Grid.setEmptyStateText
 * keeps the text in the page even when rows are shown: the browser hides it, but it is still there for anything
 * that reads the page's text.)
 */
public final class EmptyState {

    private EmptyState() {
    }

    /** Shows {@code text} in the grid whenever its data (filtered, lazy or in memory) has no rows. */
    public static void show(Grid<?> grid, String text) {
        grid.setEmptyStateText(null);
        grid.getGenericDataView().addItemCountChangeListener(event ->
                grid.setEmptyStateText(event.getItemCount() == 0 ? text : null));
    }
}
