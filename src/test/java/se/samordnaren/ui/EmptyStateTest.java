package se.samordnaren.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataProvider;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import se.samordnaren.testsupport.ViewTest;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "nothing matches" text is in the page only while the grid has no rows, for in-memory and lazy data. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class EmptyStateTest extends ViewTest {

    private static final String NOTHING = "Inga rader matchar filtret.";

    @Test
    void an_in_memory_grid_shows_the_text_only_while_empty() {
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s);
        EmptyState.show(grid, NOTHING);
        UI.getCurrent().add(grid);

        grid.setItems(List.of("Lunds kommun"));
        roundTrip();
        assertThat(grid.getEmptyStateText()).isNull();
        assertThat(grid.getElement().getChildren().filter(e -> "empty-state".equals(e.getAttribute("slot")))).isEmpty();

        grid.setItems(List.of());
        roundTrip();
        assertThat(grid.getEmptyStateText()).isEqualTo(NOTHING);

        grid.setItems(List.of("Region Skåne", "Lunds kommun"));
        roundTrip();
        assertThat(grid.getEmptyStateText()).isNull();
    }

    @Test
    void a_lazy_grid_follows_its_count() {
        List<String> rows = new ArrayList<>(List.of("2021-03-19", "2021-04-23"));
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s);
        EmptyState.show(grid, NOTHING);
        UI.getCurrent().add(grid);
        var provider = DataProvider.<String>fromCallbacks(
                query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> rows.size());
        grid.setItems(provider);
        roundTrip();
        assertThat(grid.getEmptyStateText()).isNull();

        rows.clear();
        provider.refreshAll();
        roundTrip();
        assertThat(grid.getEmptyStateText()).isEqualTo(NOTHING);
    }
}
