package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.MoneyField;

/**
 * "Utfall för hand": the amount of one budget item and month that is not in the bookkeeping (or corrects it), with a
 * note. An empty amount removes it. Positive amounts are income received and costs spent.
 */
class ManualEntryDialog extends FormDialog<Void> {

    final MoneyField amount = Fields.money("bookkeeping.manual.amount");
    final TextField note = Fields.text("bookkeeping.manual.note");

    private final ActualsService actuals;
    private final ActualsCell cell;

    ManualEntryDialog(ActualsService actuals, ActualsCell cell) {
        super("bookkeeping.manual.title");
        this.actuals = actuals;
        this.cell = cell;
        setHeaderTitle(getTranslation("bookkeeping.manual.titleOf", cell.itemName(), Formats.monthName(cell.month()),
                String.valueOf(cell.year())));
        Paragraph help = new Paragraph(getTranslation("bookkeeping.manual.help"));
        help.addClassName("view-description");
        amount.setHelperText(getTranslation("bookkeeping.manual.amountHelp"));
        if (cell.manual() != null) {
            amount.setValue(cell.manual().amount());
            note.setValue(cell.manual().note() == null ? "" : cell.manual().note());
        }
        wide(help);
        form().add(amount, note);
        successMessage("bookkeeping.manual.saved");
    }

    @Override
    protected void submit() {
        ManualEntry earlier = cell.manual();
        actuals.save(new ManualEntry(earlier == null ? null : earlier.id(), cell.itemId(), cell.year(), cell.month(),
                amount.getValue(), note.getValue(), earlier == null ? null : earlier.version()));
    }
}
