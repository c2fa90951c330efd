package se.samordnaren.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A grid's column of buttons is named "Åtgärder" for screen readers, out of sight on the screen. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class ActionsColumnTest extends ViewTest {

    @Test
    void the_buttons_column_has_a_hidden_translated_header_and_sizes_to_its_buttons() {
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s).setHeader("Namn");

        Grid.Column<String> column = ActionsColumn.add(grid, s -> new Button("Redigera"));

        assertThat(column.getHeaderComponent()).isInstanceOfSatisfying(Span.class, header -> {
            assertThat(header.getText()).isEqualTo("Åtgärder");
            assertThat(header.getClassNames()).containsExactly("visually-hidden");
        });
        assertThat(column.isAutoWidth()).isTrue();
        assertThat(column.getFlexGrow()).isZero();
        assertThat(column.isFrozenToEnd()).as("in view at the right edge when the grid scrolls sideways").isTrue();
    }

    @Test
    void a_column_with_a_width_of_its_own_keeps_it() {
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s).setHeader("Beskrivning");

        Grid.Column<String> column = ActionsColumn.header(grid.addComponentColumn(s -> new Button("Stäng")).setWidth("9em"));

        assertThat(column.getWidth()).isEqualTo("9em");
        assertThat(((Span) column.getHeaderComponent()).getText()).isEqualTo("Åtgärder");
        assertThat(column.isFrozenToEnd()).isTrue();
    }

    @Test
    void a_grid_that_shows_its_buttons_first_keeps_them_at_the_start() {
        Grid<String> grid = new Grid<>();

        Grid.Column<String> column = ActionsColumn.add(grid, s -> new Button("Placera"));
        grid.addColumn(s -> s).setHeader("Konto");

        assertThat(column.isFrozen()).isTrue();
        assertThat(column.isFrozenToEnd()).isFalse();
    }
}
