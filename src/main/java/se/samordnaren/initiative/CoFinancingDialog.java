package se.samordnaren.initiative;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.MoneyField;

import java.math.BigDecimal;
import java.time.LocalDate;

/** "Lägg till medfinansiering": ESF or another named source, one year, one amount. */
class CoFinancingDialog extends FormDialog<CoFinancingDialog.Form> {

    /** What the form holds (bound by name to the field of the same name; submit reads the fields). */
    public record Form(CoFinancingSource source, String sourceName, Integer year, BigDecimal amount, String note) {
    }

    final ComboBox<CoFinancingSource> source = new ComboBox<>(getTranslation("initiative.money.source"));
    final TextField sourceName = Fields.text("initiative.money.sourceName");
    final IntegerField year = Fields.year("initiative.money.year");
    final MoneyField amount = Fields.money("initiative.grant.amount");
    final TextField note = Fields.text("initiative.money.note", Texts.LONG);

    private final InitiativeService initiatives;
    private final long initiativeId;

    CoFinancingDialog(InitiativeService initiatives, long initiativeId) {
        super("initiative.money.addCoFinancing", new Binder<>(Form.class));
        this.initiatives = initiatives;
        this.initiativeId = initiativeId;
        successMessage("initiative.money.coFinancingAdded");
        source.setItems(CoFinancingSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        source.addValueChangeListener(e -> sourceName.setVisible(e.getValue() == CoFinancingSource.OTHER));
        required(source, "initiative.money.source").bind("source");
        required(sourceName, "initiative.money.sourceName").bind("sourceName");
        required(year, "initiative.money.year").bind("year");
        required(amount, "initiative.grant.amount").bind("amount");
        binder().bindInstanceFields(this);
        binder().readRecord(new Form(CoFinancingSource.ESF, null, LocalDate.now().getYear(), null, null));
        sourceName.setVisible(false);
        form().add(source, sourceName, year, amount);
        wide(note);
    }

    @Override
    protected void submit() {
        initiatives.addCoFinancing(new CoFinancingDraft(initiativeId, source.getValue(),
                sourceName.isVisible() ? sourceName.getValue() : null, year.getValue(), amount.getValue(),
                note.getValue()));
    }
}
