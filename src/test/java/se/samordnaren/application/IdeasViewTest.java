package se.samordnaren.application;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.SamordnarenTest;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.IDEA;

/** The ideas page driven like a user would: the dialog, the list, and the coming demand per year. */
@SamordnarenTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IdeasViewTest extends SpringBrowserlessTest {

    /** A year no other test asks money for, so the demand row is this test's own. */
    private static final int YEAR = 2094;

    @Autowired
    DSLContext db;
    Minutes minutes;

    @BeforeEach
    void clean() {
        minutes = new Minutes(db);
        db.deleteFrom(IDEA).where(IDEA.EXPECTED_YEAR.eq(YEAR)).and(IDEA.APPLICATION_ID.isNull()).execute();
    }

    private int rowOf(IdeasView view, String title) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).filter(i -> grid.getCellText(i, 0).equals(title)).findFirst().orElse(-1);
    }

    private int demandRowOf(IdeasView view, int year) {
        var grid = test(view.demand);
        return IntStream.range(0, grid.size()).filter(i -> grid.getCellText(i, 0).equals(String.valueOf(year)))
                .findFirst().orElse(-1);
    }

    private String lastNotification() {
        List<Notification> notifications = find(Notification.class).all();
        return test(notifications.getLast()).getText();
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_writer_adds_an_idea_through_the_dialog_and_sees_it_in_the_list_and_in_the_demand_per_year() {
        IdeasView view = navigate(IdeasView.class);
        assertThat(view.getPageTitle()).isEqualTo("Idéer och uppslag");
        assertThat(view.addButton.isVisible()).isTrue();
        assertThat(view.addButton.getText()).isEqualTo("Ny idé");
        assertThat(demandRowOf(view, YEAR)).isEqualTo(-1);

        test(view.addButton).click();
        roundTrip();
        IdeasView.IdeaEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.getHeaderTitle()).isEqualTo("Ny idé");
        String title = "Cykelverkstad " + minutes.suffix;
        test(editor.title).setValue(title);
        editor.proposer.setValue("Studieförbundet " + minutes.suffix);
        test(editor.roughAmount).setValue(new BigDecimal("350000"));
        test(editor.expectedYear).setValue(YEAR);
        test(editor.description).setValue("Arbetsträning i en cykelverkstad");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Idén " + title + " har sparats.");
        int row = rowOf(view, title);
        assertThat(row).isNotNegative();
        var grid = test(view.grid);
        assertThat(grid.getCellText(row, 1)).isEqualTo("Studieförbundet " + minutes.suffix);
        assertThat(grid.getCellText(row, 2)).isEqualTo("350\u00a0000\u00a0kr");
        assertThat(grid.getCellText(row, 3)).isEqualTo(String.valueOf(YEAR));
        assertThat(grid.getCellText(row, 4)).isEqualTo("Idé");

        int demandRow = demandRowOf(view, YEAR);
        assertThat(demandRow).isNotNegative();
        var demand = test(view.demand);
        assertThat(demand.getCellText(demandRow, 1)).isEqualTo("1 st: 350\u00a0000\u00a0kr");
        assertThat(demand.getCellText(demandRow, 2)).isEqualTo("0 st: 0\u00a0kr");
        assertThat(demand.getCellText(demandRow, 3)).isEqualTo("350\u00a0000\u00a0kr");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void an_idea_edited_through_the_dialog_moves_in_the_demand_and_a_refusal_keeps_the_dialog_open() {
        IdeasView view = navigate(IdeasView.class);
        test(view.addButton).click();
        roundTrip();
        String title = "Matlag " + minutes.suffix;
        test(view.editor.title).setValue(title);
        test(view.editor.roughAmount).setValue(new BigDecimal("-5"));
        test(view.editor.expectedYear).setValue(YEAR);
        test(view.editor.save).click();

        assertThat(view.editor.isOpened()).isTrue();
        assertThat(lastNotification()).isEqualTo("Beloppet kan inte vara negativt.");
        assertThat(view.editor.title.getValue()).isEqualTo(title);
        test(view.editor.roughAmount).setValue(new BigDecimal("80000"));
        test(view.editor.save).click();
        assertThat(view.editor.isOpened()).isFalse();

        Idea saved = view.grid.getListDataView().getItems().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
        view.openEditor(saved);
        roundTrip();
        assertThat(view.editor.getHeaderTitle()).isEqualTo("Ändra idé");
        assertThat(view.editor.roughAmount.getValue()).isEqualByComparingTo("80000");
        test(view.editor.status).selectItem("Avskriven");
        test(view.editor.save).click();

        assertThat(test(view.grid).getCellText(rowOf(view, title), 4)).isEqualTo("Avskriven");
        assertThat(demandRowOf(view, YEAR)).isEqualTo(-1);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_sees_the_ideas_and_the_demand_without_add_or_edit_controls() {
        String title = "Läses av styrelsen " + minutes.suffix;
        db.insertInto(IDEA).set(IDEA.TITLE, title).set(IDEA.PROPOSER_NAME, "Någon")
                .set(IDEA.EXPECTED_YEAR, YEAR).set(IDEA.ROUGH_AMOUNT, new BigDecimal("5000")).execute();

        IdeasView view = navigate(IdeasView.class);

        assertThat(view.addButton.isVisible()).isFalse();
        assertThat(rowOf(view, title)).isNotNegative();
        assertThat(view.grid.getColumns()).hasSize(5);
        assertThat(find(Button.class).from(view.grid).all()).isEmpty();
        assertThat(demandRowOf(view, YEAR)).isNotNegative();
        assertThat(view.editor).isNull();
    }
}
