package se.samordnaren.equity;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.MoneyField;

import java.math.BigDecimal;
import java.time.LocalDate;

/** "Nytt steg" / "Ändra steg" of the guideline: from when, for allocations up to which size, how large a share, and the source. */
class GuidelineStepDialog extends FormDialog<GuidelineStepDialog.Form> {

    /** What the form holds (bound by name to the field of the same name). */
    public record Form(LocalDate validFrom, BigDecimal allocationUpTo, BigDecimal maxShare, String source) {
    }

    final DatePicker validFrom = Fields.date("equity.guideline.validFrom");
    final MoneyField allocationUpTo = Fields.money("equity.guideline.upTo");
    final BigDecimalField maxShare = new BigDecimalField(getTranslation("equity.guideline.maxShare"));
    final TextField source = Fields.text("equity.guideline.source");

    private final EquityService equity;
    private final GuidelineStep existing;

    GuidelineStepDialog(EquityService equity, GuidelineStep existing) {
        super(existing == null ? "equity.guideline.add" : "equity.guideline.edit", new Binder<>(Form.class));
        this.equity = equity;
        this.existing = existing;
        maxShare.setSuffixComponent(new Span("%"));
        maxShare.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("equity.error.maxShareRange")));
        allocationUpTo.setHelperText(getTranslation("equity.guideline.upTo.help"));
        source.setHelperText(getTranslation("equity.guideline.source.help"));
        validFrom.setHelperText(getTranslation("equity.guideline.validFrom.help"));
        required(validFrom, "equity.guideline.validFrom").bind("validFrom");
        required(maxShare, "equity.guideline.maxShare").bind("maxShare");
        required(source, "equity.guideline.source").bind("source");
        binder().bindInstanceFields(this);
        binder().readRecord(existing == null ? new Form(null, null, null, null)
                : new Form(existing.validFrom(), existing.allocationUpTo(),
                        existing.maxShare().stripTrailingZeros().scale() < 0
                                ? existing.maxShare().setScale(0) : existing.maxShare().stripTrailingZeros(),
                        existing.source()));
        form().add(validFrom, allocationUpTo, maxShare);
        wide(source);
    }

    @Override
    protected void submit() {
        Form f = record();
        equity.saveGuidelineStep(new GuidelineStepDraft(existing == null ? null : existing.id(),
                existing == null ? null : existing.version(), f.validFrom(), f.allocationUpTo(), f.maxShare(), f.source()));
    }
}
