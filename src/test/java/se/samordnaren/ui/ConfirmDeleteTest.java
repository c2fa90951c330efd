package se.samordnaren.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Ta bort …?" question: the deletion runs on Ta bort only, once; Avbryt leaves everything as it was. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class ConfirmDeleteTest extends ViewTest {

    private final AtomicInteger deleted = new AtomicInteger();

    private ConfirmationDialog ask() {
        ConfirmationDialog dialog = ConfirmDelete.open(UI.getCurrent(), "Ta bort Lunds kommun?",
                "Medlemmen tas bort ur registret.", deleted::incrementAndGet);
        roundTrip();
        return dialog;
    }

    @Test
    void the_question_is_an_alert_dialog_with_its_header_text_and_a_red_ta_bort() {
        ConfirmationDialog dialog = ask();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Ta bort Lunds kommun?");
        assertThat(dialog.getRole()).isEqualTo("alertdialog");
        assertThat(dialog.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()))
                .containsExactly("Medlemmen tas bort ur registret.");
        assertThat(dialog.cancel.getText()).isEqualTo("Avbryt");
        assertThat(dialog.confirm.getText()).isEqualTo("Ta bort");
        assertThat(dialog.confirm.getThemeNames()).contains("primary", "error");
    }

    @Test
    void ta_bort_runs_the_deletion_once_and_closes() {
        ConfirmationDialog dialog = ask();

        test(dialog.confirm).click();

        assertThat(deleted).hasValue(1);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void avbryt_closes_without_deleting() {
        ConfirmationDialog dialog = ask();

        test(dialog.cancel).click();

        assertThat(deleted).hasValue(0);
        assertThat(dialog.isOpened()).isFalse();
    }
}
