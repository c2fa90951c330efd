package se.samordnaren.equity;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.allocation.MoneyDecision;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.MoneyField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.IntConsumer;

/**
 * "Ny årsredovisning" / "Ändra årsredovisning": the year's income and costs (the result is computed), the equity at
 * the start and end of the year, the allocation if the report states another than the year's, the approving § and
 * the auditors' report.
 */
class AnnualResultDialog extends FormDialog<AnnualResultDialog.Form> {

    /** What the form holds (bound by name to the field of the same name). */
    public record Form(Integer year, BigDecimal income, BigDecimal costs, BigDecimal equityStart, BigDecimal equityEnd,
                       BigDecimal allocation, MoneyDecision decision, LocalDate auditorsReportOn,
                       Boolean auditorsRecommendDischarge, String auditorsReport, String note) {
    }

    final IntegerField year = Fields.integer("equity.year", 2000, 2100);
    final MoneyField income = Fields.money("equity.income");
    final MoneyField costs = Fields.money("equity.costs");
    final MoneyField equityStart = Fields.money("equity.equityStart");
    final MoneyField equityEnd = Fields.money("equity.equityEnd");
    final MoneyField allocation = Fields.money("equity.allocation.stated");
    final ComboBox<MoneyDecision> decision = new ComboBox<>();
    final DatePicker auditorsReportOn = Fields.date("equity.auditors.date");
    final ComboBox<Boolean> auditorsRecommendDischarge = new ComboBox<>();
    final TextArea auditorsReport = Fields.area("equity.auditorsReport", Texts.LONG);
    final TextArea note = Fields.area("equity.note", Texts.LONG);

    private final EquityService equity;
    private final AnnualResultDetail existing;

    AnnualResultDialog(EquityService equity, AnnualResultDetail existing, int suggestedYear) {
        super(existing == null ? "equity.result.add" : "equity.result.edit", new Binder<>(Form.class));
        this.equity = equity;
        this.existing = existing;
        decision.setLabel(getTranslation("equity.decision"));
        decision.setHelperText(getTranslation("equity.decision.help"));
        Lazy.items(decision, equity::decisionChoices);
        decision.setItemLabelGenerator(MoneyDecision::label);
        decision.setClearButtonVisible(true);
        decision.setWidthFull();
        auditorsRecommendDischarge.setLabel(getTranslation("equity.auditors.recommends"));
        auditorsRecommendDischarge.setItems(Boolean.TRUE, Boolean.FALSE);
        auditorsRecommendDischarge.setItemLabelGenerator(b -> getTranslation(b
                ? "equity.auditors.recommends.yes" : "equity.auditors.recommends.no"));
        auditorsRecommendDischarge.setClearButtonVisible(true);
        equityEnd.setHelperText(getTranslation("equity.equityEnd.help"));
        year.addValueChangeListener(e -> allocationHelp());

        required(year, "equity.year").bind("year");
        required(income, "equity.income").bind("income");
        required(costs, "equity.costs").bind("costs");
        required(equityStart, "equity.equityStart").bind("equityStart");
        required(equityEnd, "equity.equityEnd").bind("equityEnd");
        binder().bindInstanceFields(this);
        binder().readRecord(existing == null
                ? new Form(suggestedYear, null, null, null, null, null, null, null, null, null, null)
                : new Form(existing.year(), existing.income(), existing.costs(), existing.equityStart(),
                        existing.equityEnd(), existing.allocationStated(),
                        existing.decisionId() == null ? null : equity.decisionChoice(existing.decisionId()).orElse(null),
                        existing.auditorsReportOn(), existing.auditorsRecommendDischarge(), existing.auditorsReport(),
                        existing.note()));
        allocationHelp();
        form().add(year, allocation, income, costs, equityStart, equityEnd);
        wide(decision);
        form().add(auditorsReportOn, auditorsRecommendDischarge);
        wide(auditorsReport, note);
    }

    /** Which allocation the guideline is measured against when the field is left empty. */
    private void allocationHelp() {
        BigDecimal ofYear = year.getValue() == null ? null : equity.allocationOf(year.getValue()).orElse(null);
        allocation.setHelperText(ofYear == null ? getTranslation("equity.allocation.stated.helpNone")
                : getTranslation("equity.allocation.stated.help", Formats.money(ofYear)));
    }

    AnnualResultDialog afterSave(IntConsumer action) {
        onSaved(() -> action.accept(year.getValue()));
        return this;
    }

    @Override
    protected void submit() {
        Form f = record();
        equity.saveResult(new AnnualResultDraft(existing == null ? null : existing.id(),
                existing == null ? null : existing.version(), f.year(), f.income(), f.costs(), f.equityStart(),
                f.equityEnd(), f.allocation(), f.decision() == null ? null : f.decision().decisionId(),
                f.auditorsReport(), f.auditorsReportOn(), f.auditorsRecommendDischarge(), f.note()));
    }
}
