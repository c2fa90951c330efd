package se.samordnaren.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.IDEA;

/** The ideas page driven like a user would: the dialog, the list, and the coming demand per year. */
class IdeasViewTest extends ViewTest {

    private static final int YEAR = 2094;

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
        IdeasView view = open("ideer", IdeasView.class);
        assertThat(view.getPageTitle()).isEqualTo("Idéer och uppslag");
        assertThat(view.addButton.isVisible()).isTrue();
        assertThat(view.addButton.getText()).isEqualTo("Ny idé");
        assertThat(demandRowOf(view, YEAR)).isEqualTo(-1);

        test(view.addButton).click();
        roundTrip();
        IdeaDialog editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.getHeaderTitle()).isEqualTo("Ny idé");
        String title = "Cykelverkstad " + data.tag;
        test(editor.title).setValue(title);
        editor.proposer.setValue("Studieförbundet " + data.tag);
        test(Typing.input(editor.roughAmount)).setValue("350 000");
        test(editor.expectedYear).setValue(YEAR);
        test(editor.description).setValue("Arbetsträning i en cykelverkstad");
        editor.save();

        assertThat(editor.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Idén " + title + " har sparats.");
        int row = rowOf(view, title);
        assertThat(row).isNotNegative();
        var grid = test(view.grid);
        assertThat(grid.getCellText(row, 1)).isEqualTo("Studieförbundet " + data.tag);
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
        IdeasView view = open("ideer", IdeasView.class);
        test(view.addButton).click();
        roundTrip();
        String title = "Matlag " + data.tag;
        test(view.editor.title).setValue(title);
        test(Typing.input(view.editor.roughAmount)).setValue("-5");
        test(view.editor.expectedYear).setValue(YEAR);
        view.editor.save();

        assertThat(view.editor.isOpened()).isTrue();
        assertThat(view.editor.roughAmount.getErrorMessage()).isEqualTo("Beloppet kan inte vara negativt.");
        assertThat(view.editor.title.getValue()).isEqualTo(title);
        test(Typing.input(view.editor.roughAmount)).setValue("80 000");
        view.editor.save();
        assertThat(view.editor.isOpened()).isFalse();

        Idea saved = test(view.grid).getRow(rowOf(view, title));
        view.openEditor(saved);
        roundTrip();
        assertThat(view.editor.getHeaderTitle()).isEqualTo("Ändra idé");
        assertThat(view.editor.roughAmount.getValue()).isEqualByComparingTo("80000");
        test(view.editor.status).selectItem("Avskriven");
        view.editor.save();

        assertThat(test(view.grid).getCellText(rowOf(view, title), 4)).isEqualTo("Avskriven");
        assertThat(demandRowOf(view, YEAR)).isEqualTo(-1);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_year_out_of_range_or_an_unreadable_amount_blocks_the_save_at_the_field() {
        IdeasView view = open("ideer", IdeasView.class);
        test(view.addButton).click();
        roundTrip();
        IdeaDialog editor = view.editor;
        test(editor.title).setValue("Långt fram " + data.tag);
        editor.expectedYear.setValue(2101); // the tester refuses to type it; the browser does not

        editor.save();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.expectedYear.getErrorMessage()).isEqualTo("Året ska vara mellan 2000 och 2100.");
        assertThat(db.fetchCount(IDEA)).isZero();

        test(editor.expectedYear).setValue(2030);
        test(Typing.input(editor.roughAmount)).setValue("1e20");
        editor.save();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.roughAmount.getErrorMessage()).startsWith("Skriv beloppet i kronor");
        assertThat(db.fetchCount(IDEA)).isZero();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_rows_gor_till_ansokan_makes_an_application_once_and_a_forged_second_call_does_nothing() {
        String title = "Blir ansökan " + data.tag;
        data.idea(title, "Studieförbundet " + data.tag, YEAR, 120_000);
        IdeasView view = open("ideer", IdeasView.class);
        Idea idea = test(view.grid).getRow(rowOf(view, title));
        assertThat(templateValue(view.grid, "actions", idea, "edit")).isEqualTo("Redigera " + title);
        assertThat(templateValue(view.grid, "actions", idea, "convert")).isEqualTo("Gör till ansökan");
        assertThat(templateValue(view.grid, "actions", idea, "convertible")).isEqualTo(true);
        int applications = db.fetchCount(se.samordnaren.db.Tables.FUNDING_APPLICATION);

        view.convertClicked(idea); // what the row's "Gör till ansökan" calls
        assertThat(db.fetchCount(se.samordnaren.db.Tables.FUNDING_APPLICATION)).isEqualTo(applications + 1);
        assertThat(getCurrentView()).isNotInstanceOf(IdeasView.class);

        IdeasView again = open("ideer", IdeasView.class);
        Idea converted = test(again.grid).getRow(rowOf(again, title));
        assertThat(templateValue(again.grid, "actions", converted, "convertible")).isEqualTo(false);
        again.convertClicked(converted); // a forged call: the row shows no button any more
        again.convertClicked(idea); // nor does a stale copy of the row convert it twice
        assertThat(db.fetchCount(se.samordnaren.db.Tables.FUNDING_APPLICATION)).isEqualTo(applications + 1);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_sees_the_ideas_and_the_demand_without_add_or_edit_controls() {
        String title = "Läses av styrelsen " + data.tag;
        data.idea(title, "Någon", YEAR, 5000);

        IdeasView view = open("ideer", IdeasView.class);

        assertThat(view.addButton.isVisible()).isFalse();
        assertThat(rowOf(view, title)).isNotNegative();
        assertThat(view.grid.getColumns()).hasSize(5);
        assertThat(find(Button.class).from(view.grid).all()).isEmpty();
        assertThat(demandRowOf(view, YEAR)).isNotNegative();
        assertThat(view.editor).isNull();
    }
}
