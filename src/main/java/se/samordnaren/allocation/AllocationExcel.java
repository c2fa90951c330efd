package se.samordnaren.allocation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import se.samordnaren.allocation.AllocationYearDetail.MemberShare;
import se.samordnaren.allocation.AllocationYearDetail.Payment;
import se.samordnaren.ui.ExcelExport;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.TableColumns;

import java.util.List;

/**
 * The allocation of a year as an Excel file (ui.ExcelExport: real numbers and dates, Swedish headers from
 * allocation_sv): one sheet with the members' shares, one with the payments, from what the screen already read.
 */
final class AllocationExcel {

    private AllocationExcel() {
    }

    /** The "Exportera till Excel" link of the allocation screen. */
    static Anchor link(Component view, SerializableSupplier<byte[]> content) {
        return ExcelExport.downloadLink(view.getTranslation("chart.exportExcel"),
                view.getTranslation("allocation.title") + ".xlsx", content);
    }

    static byte[] year(Component tr, AllocationYearDetail detail) {
        TableColumns<MemberShare> shares = TableColumns.<MemberShare>create()
                .text(tr.getTranslation("allocation.member"), MemberShare::memberName)
                .money(tr.getTranslation("allocation.expected"), MemberShare::expected)
                .money(tr.getTranslation("allocation.paid"), MemberShare::paid)
                .money(tr.getTranslation("allocation.difference"), MemberShare::difference)
                .text(tr.getTranslation("allocation.excel.state"), share -> state(tr, share))
                .date(tr.getTranslation("allocation.lastPayment"), MemberShare::lastPaidOn);
        TableColumns<Payment> payments = TableColumns.<Payment>create()
                .date(tr.getTranslation("allocation.payment.paidOn"), Payment::paidOn)
                .text(tr.getTranslation("allocation.member"), Payment::memberName)
                .money(tr.getTranslation("allocation.payment.amount"), Payment::amount)
                .text(tr.getTranslation("allocation.payment.note"), Payment::note);
        String title = tr.getTranslation("allocation.title") + " " + detail.year();
        return ExcelExport.xlsx(List.of(
                new ExcelExport.SheetData<>(tr.getTranslation("allocation.shares"), title + ": "
                        + tr.getTranslation("allocation.shares").toLowerCase(java.util.Locale.ROOT), shares, detail.shares()),
                new ExcelExport.SheetData<>(tr.getTranslation("allocation.payments"), title + ": "
                        + tr.getTranslation("allocation.payments").toLowerCase(java.util.Locale.ROOT), payments, detail.payments())));
    }

    /** Where the member stands, in the words of the screen. */
    private static String state(Component tr, MemberShare share) {
        PaymentState state = share.state();
        return switch (state) {
            case PARTLY_PAID, NOT_PAID -> tr.getTranslation(state.translationKey(), Formats.money(share.difference().negate()));
            case OVERPAID -> tr.getTranslation(state.translationKey(), Formats.money(share.difference()));
            default -> tr.getTranslation(state.translationKey());
        };
    }
}
