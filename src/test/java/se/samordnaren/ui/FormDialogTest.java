package se.samordnaren.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.testsupport.ViewTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one form dialog: unreadable input blocks the save at the field; a refusal keeps the dialog and what was typed. */
@WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
class FormDialogTest extends ViewTest {

    static class AmountDialog extends FormDialog<Void> {
        final MoneyField amount = Fields.money("initiative.grant.amount");
        final TextField name = Fields.text("member.name", 10);
        final List<BigDecimal> saved = new ArrayList<>();
        RuntimeException refusal;

        AmountDialog() {
            super("action.edit");
            required(name, "member.name").bind(x -> "", (x, v) -> { });
            form().add(name);
            wide(amount);
        }

        @Override
        protected void submit() {
            if (refusal != null) {
                throw refusal;
            }
            saved.add(amount.getValue());
        }
    }

    private AmountDialog open() {
        AmountDialog dialog = new AmountDialog();
        dialog.open();
        roundTrip();
        return dialog;
    }

    @Test
    void an_amount_that_cannot_be_read_blocks_the_save_with_a_swedish_message() {
        AmountDialog dialog = open();
        test(dialog.name).setValue("IRIS");
        test(dialog.amount.getChildren().findFirst().map(TextField.class::cast).orElseThrow()).setValue("12,5,5");

        assertThat(dialog.save()).isFalse();

        assertThat(dialog.saved).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.amount.isInvalid()).isTrue();
        assertThat(dialog.amount.getErrorMessage()).startsWith("Skriv beloppet i kronor");
    }

    @Test
    void a_swedish_amount_is_saved_exactly_and_the_dialog_closes() {
        AmountDialog dialog = open();
        test(dialog.name).setValue("IRIS");
        test(dialog.amount.getChildren().findFirst().map(TextField.class::cast).orElseThrow()).setValue("1 400 000,50");

        assertThat(dialog.save()).isTrue();

        assertThat(dialog.saved).containsExactly(new BigDecimal("1400000.50"));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_required_field_left_empty_blocks_the_save() {
        AmountDialog dialog = open();

        assertThat(dialog.save()).isFalse();

        assertThat(dialog.saved).isEmpty();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).startsWith("Fyll i");
    }

    @Test
    void a_refused_save_keeps_the_dialog_and_shows_the_swedish_message() {
        AmountDialog dialog = open();
        test(dialog.name).setValue("IRIS");
        dialog.refusal = new ConcurrentEditException();

        assertThat(dialog.save()).isFalse();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getValue()).isEqualTo("IRIS");
        assertThat(dialog.save.isEnabled()).isTrue();
        assertThat(test(find(Notification.class).all().getLast()).getText()).startsWith("Någon annan har ändrat uppgifterna");
    }

    @Test
    void an_unexpected_failure_shows_an_error_code_never_the_exception_text() {
        AmountDialog dialog = open();
        test(dialog.name).setValue("IRIS");
        dialog.refusal = new IllegalStateException("ERROR: relation \"secret_table\" does not exist");

        assertThat(dialog.save()).isFalse();

        String text = test(find(Notification.class).all().getLast()).getText();
        assertThat(text).startsWith("Något gick fel").contains("felkod").doesNotContain("secret_table");
    }
}
