package se.samordnaren.allocation;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.MoneyField;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * "Ny årsram" / "Ändra årsram": the year's total, the split between state, region and municipalities (50/25/25
 * unless the association agreed otherwise), what the municipal key is and its value per municipality (prefilled
 * with the population), and the § that noted or decided it.
 */
class AllocationYearDialog extends FormDialog<AllocationYearDialog.Form> {

    /** What the form holds (bound by name to the field of the same name). */
    public record Form(Integer year, BigDecimal total, BigDecimal stateShare, BigDecimal regionShare,
                       BigDecimal municipalShare, String keyBasis, MoneyDecision decision, String note) {
    }

    final IntegerField year = Fields.integer("allocation.year", 2000, 2100);
    final MoneyField total = Fields.money("allocation.total.year");
    final BigDecimalField stateShare = AllocationUi.percent(this, "allocation.stateShare");
    final BigDecimalField regionShare = AllocationUi.percent(this, "allocation.regionShare");
    final BigDecimalField municipalShare = AllocationUi.percent(this, "allocation.municipalShare");
    final TextField keyBasis = Fields.text("allocation.keyBasis");
    final ComboBox<MoneyDecision> decision = new ComboBox<>();
    final TextArea note = Fields.area("allocation.note", Texts.LONG);
    /** One field per municipality: member id → its key. */
    final Map<Long, BigDecimalField> keys = new LinkedHashMap<>();

    private final AllocationService allocations;
    private final AllocationYearDetail existing;

    AllocationYearDialog(AllocationService allocations, AllocationYearDetail existing, int suggestedYear,
                         List<AllocationYearDetail.MunicipalKey> municipalities) {
        super(existing == null ? "allocation.newYear" : "allocation.editYear", new Binder<>(Form.class));
        this.allocations = allocations;
        this.existing = existing;
        decision.setLabel(getTranslation("allocation.decision"));
        decision.setHelperText(getTranslation("allocation.decision.help"));
        Lazy.items(decision, allocations::decisionChoices);
        decision.setItemLabelGenerator(MoneyDecision::label);
        decision.setClearButtonVisible(true);
        decision.setWidthFull();
        keyBasis.setHelperText(getTranslation("allocation.keyBasis.help"));

        required(year, "allocation.year").bind("year");
        required(total, "allocation.total.year").bind("total");
        required(stateShare, "allocation.stateShare").bind("stateShare");
        required(regionShare, "allocation.regionShare").bind("regionShare");
        required(municipalShare, "allocation.municipalShare").bind("municipalShare");
        required(keyBasis, "allocation.keyBasis").bind("keyBasis");
        binder().bindInstanceFields(this);
        binder().readRecord(existing == null
                ? new Form(suggestedYear, null, new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25"),
                        getTranslation("allocation.keyBasis.default"), null, null)
                : new Form(existing.year(), existing.total(), AllocationUi.plain(existing.stateShare()),
                        AllocationUi.plain(existing.regionShare()), AllocationUi.plain(existing.municipalShare()), existing.keyBasis(),
                        existing.decisionId() == null ? null : allocations.decisionChoice(existing.decisionId()).orElse(null),
                        existing.note()));

        form().add(year, total, stateShare, regionShare, municipalShare, keyBasis);
        wide(decision);
        H3 keyTitle = new H3(getTranslation("allocation.key"));
        wide(keyTitle);
        if (municipalities.isEmpty()) {
            wide(new Paragraph(getTranslation("allocation.key.noMunicipalities")));
        }
        for (AllocationYearDetail.MunicipalKey municipality : municipalities) {
            BigDecimalField field = AllocationUi.decimal(this, getTranslation("allocation.key.of", municipality.memberName()));
            BigDecimal value = municipality.keyValue() != null ? municipality.keyValue()
                    : municipality.population() == null ? null : BigDecimal.valueOf(municipality.population());
            field.setValue(AllocationUi.plain(value));
            if (municipality.population() != null) {
                field.setHelperText(getTranslation("allocation.key.population",
                        se.samordnaren.ui.Formats.number(BigDecimal.valueOf(municipality.population()))));
            }
            keys.put(municipality.memberId(), field);
            form().add(field);
        }
        wide(note);
    }

    /** After a successful save: the saved year (to show it). */
    AllocationYearDialog afterSave(IntConsumer action) {
        onSaved(() -> action.accept(year.getValue()));
        return this;
    }

    @Override
    protected void submit() {
        Form f = record();
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        keys.forEach((memberId, field) -> values.put(memberId, field.getValue()));
        allocations.saveYear(new AllocationYearDraft(existing == null ? null : existing.id(),
                existing == null ? null : existing.version(), f.year(), f.total(), f.stateShare(), f.regionShare(),
                f.municipalShare(), f.keyBasis(), f.decision() == null ? null : f.decision().decisionId(), f.note(),
                values));
    }
}
