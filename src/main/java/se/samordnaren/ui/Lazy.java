package se.samordnaren.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import se.samordnaren.common.PageRequest;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one way a grid or a searchable picker loads lazily: the service gets a {@link PageRequest} (offset, limit and
 * the sort the user clicked, by the column's sort property) and returns one page from SQL. Nothing loads a whole
 * table to page it in memory.
 */
public final class Lazy {

    private Lazy() {
    }

    public static PageRequest page(Query<?, ?> query) {
        return new PageRequest(query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                .map(order -> new PageRequest.Sort(order.getSorted(), order.getDirection() == SortDirection.DESCENDING))
                .toList());
    }

    /** A grid whose rows come page by page; sortable columns name their property with {@code setSortProperty}. */
    public static <T> void items(Grid<T> grid, Function<PageRequest, List<T>> fetch) {
        grid.setItems(query -> fetch.apply(page(query)).stream());
    }

    /** A picker that searches as the user types: the service gets the typed text and the page. */
    public static <T> void items(ComboBox<T> box, BiFunction<String, PageRequest, List<T>> search) {
        box.setItems(query -> search.apply(query.getFilter().orElse(""), page(query)).stream());
    }
}
