package se.samordnaren.allocation;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.allocation.AllocationYearDetail.MemberShare;
import se.samordnaren.allocation.AllocationYearDetail.Payment;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.MoneyField;

import java.math.BigDecimal;
import java.time.LocalDate;

/** "Registrera betalning" / "Ändra betalning": which member paid how much towards the year, and when. */
class PaymentDialog extends FormDialog<PaymentDialog.Form> {

    /** What the form holds (bound by name to the field of the same name). */
    public record Form(MemberShare member, LocalDate paidOn, BigDecimal amount, String note) {
    }

    final ComboBox<MemberShare> member = new ComboBox<>();
    final DatePicker paidOn = Fields.date("allocation.payment.paidOn");
    final MoneyField amount = Fields.money("allocation.payment.amount");
    final TextField note = Fields.text("allocation.payment.note");

    private final AllocationService allocations;
    private final AllocationYearDetail year;
    private final Payment existing;

    PaymentDialog(AllocationService allocations, AllocationYearDetail year, Payment existing) {
        super(existing == null ? "allocation.payment.add" : "allocation.payment.edit", new Binder<>(Form.class));
        this.allocations = allocations;
        this.year = year;
        this.existing = existing;
        successMessage(existing == null ? "allocation.payment.added" : "action.saved");
        member.setLabel(getTranslation("allocation.member"));
        member.setItems(year.shares());
        member.setItemLabelGenerator(MemberShare::memberName);
        amount.setHelperText(getTranslation("allocation.payment.amount.help"));
        note.setPlaceholder(getTranslation("allocation.payment.note.placeholder"));
        required(member, "allocation.member").bind("member");
        required(paidOn, "allocation.payment.paidOn").bind("paidOn");
        required(amount, "allocation.payment.amount").bind("amount");
        binder().bindInstanceFields(this);
        binder().readRecord(existing == null ? new Form(null, LocalDate.now(), null, null)
                : new Form(year.shares().stream().filter(s -> s.memberId() == existing.memberId()).findFirst().orElse(null),
                        existing.paidOn(), existing.amount(), existing.note()));
        // A member picked: suggest what is left of its share.
        member.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && amount.getValue() == null
                    && e.getValue().difference().signum() < 0) {
                amount.setValue(e.getValue().difference().negate());
            }
        });
        form().add(member, paidOn, amount, note);
    }

    @Override
    protected void submit() {
        Form f = record();
        allocations.savePayment(new PaymentDraft(existing == null ? null : existing.id(),
                existing == null ? null : existing.version(), year.id(), f.member().memberId(), f.paidOn(), f.amount(),
                f.note()));
    }
}
