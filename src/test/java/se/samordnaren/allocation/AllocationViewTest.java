package se.samordnaren.allocation;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.association.MemberType;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.TestData;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.testsupport.Workbooks;
import se.samordnaren.ui.DecidedAtLink;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.ALLOCATION_KEY;
import static se.samordnaren.db.Tables.ALLOCATION_PAYMENT;
import static se.samordnaren.db.Tables.ALLOCATION_YEAR;

/** Browserless tests of /tilldelning: the year, the members' shares with the differences in words, the dialogs. */
class AllocationViewTest extends ViewTest {

    private static final char NBSP = '\u00a0';

    private TestData fixture;
    private TestData.LundMembers members;

    @BeforeEach
    void fixture() {
        fixture = new TestData(db);
        members = fixture.lundMembers();
    }

    /** 2021 as in the demo: 7 000 000, FK and the region have paid, Lunds kommun not yet; decided at § 1. */
    private TestData.BoardDecision lund2021() {
        var decision = fixture.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.APPROVED, "Budget 2021");
        long year = db.insertInto(ALLOCATION_YEAR).set(ALLOCATION_YEAR.YEAR, 2021)
                .set(ALLOCATION_YEAR.TOTAL, new BigDecimal("7000000")).set(ALLOCATION_YEAR.DECISION_ID, decision.id())
                .set(ALLOCATION_YEAR.KEY_BASIS, "Befolkning 31 december 2020")
                .returning(ALLOCATION_YEAR.ID).fetchSingle(ALLOCATION_YEAR.ID);
        db.insertInto(ALLOCATION_KEY).set(ALLOCATION_KEY.ALLOCATION_YEAR_ID, year)
                .set(ALLOCATION_KEY.MEMBER_ID, members.lund()).set(ALLOCATION_KEY.KEY_VALUE, new BigDecimal("124935"))
                .execute();
        payment(year, members.fk(), LocalDate.of(2021, 1, 15), "3500000");
        payment(year, members.region(), LocalDate.of(2021, 1, 20), "1750000");
        return decision;
    }

    private void payment(long year, long member, LocalDate paidOn, String amount) {
        db.insertInto(ALLOCATION_PAYMENT).set(ALLOCATION_PAYMENT.ALLOCATION_YEAR_ID, year)
                .set(ALLOCATION_PAYMENT.MEMBER_ID, member).set(ALLOCATION_PAYMENT.PAID_ON, paidOn)
                .set(ALLOCATION_PAYMENT.AMOUNT, new BigDecimal(amount)).set(ALLOCATION_PAYMENT.NOTE, "Helår").execute();
    }

    private static String plain(String text) {
        return text.replace(NBSP, ' ');
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void the_year_shows_each_members_share_and_the_difference_in_words() {
        var decision = lund2021();
        AllocationView view = open("tilldelning?ar=2021", AllocationView.class);

        assertThat(view.yearPicker.getValue()).isEqualTo(2021);
        var grid = test(view.sharesGrid);
        assertThat(grid.size()).isEqualTo(4);
        assertThat(grid.getRow(0).memberName()).isEqualTo("Försäkringskassan");
        assertThat(plain(grid.getCellText(0, 2))).isEqualTo("3 500 000 kr");
        assertThat(templateValue(view.sharesGrid, "difference", grid.getRow(0), "text")).isEqualTo("Betalt i sin helhet");
        assertThat(grid.getRow(2).memberName()).isEqualTo("Lunds kommun");
        assertThat(templateValue(view.sharesGrid, "member", grid.getRow(2), "name")).isEqualTo("Lunds kommun");
        assertThat(plain((String) templateValue(view.sharesGrid, "difference", grid.getRow(2), "text")))
                .isEqualTo("Inte betalt, återstår 1 750 000 kr");
        assertThat(templateValue(view.sharesGrid, "difference", grid.getRow(2), "tone")).isEqualTo("badge-error");
        assertThat(grid.getCellText(2, 4)).isEqualTo("Ingen betalning");
        assertThat(templateValue(view.sharesGrid, "difference", grid.getRow(3), "text")).isEqualTo("Ingen andel");
        assertThat(plain(grid.getFooterCell(1))).isEqualTo("−1 750 000 kr");

        DecidedAtLink link = find(DecidedAtLink.class, view.summary).single();
        assertThat(link.getText()).isEqualTo("Beslutat: " + fixture.boardName() + " 2020-11-27 § 1");
        assertThat(link.getHref()).isEqualTo("sammantraden/" + decision.meetingId() + "?paragraf=1");
        assertThat(find(Span.class, view.summary).all()).extracting(Span::getText)
                .contains("Staten 50\u00a0% · regionen 25\u00a0% · kommunerna 25\u00a0%");
        assertThat(test(view.paymentsGrid).size()).isEqualTo(2);
        assertThat(view.editYearButton.isVisible()).isTrue();
        assertThat(view.addPaymentButton.isVisible()).isTrue();
        assertThat(view.paymentsGrid.getColumnByKey("actions")).isNotNull();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_the_year_without_any_buttons_to_change_it() {
        lund2021();
        AllocationView view = open("tilldelning", AllocationView.class);
        assertThat(view.yearPicker.getValue()).isEqualTo(2021);
        assertThat(test(view.sharesGrid).size()).isEqualTo(4);
        assertThat(view.newYearButton.isVisible()).isFalse();
        assertThat(view.editYearButton.isVisible()).isFalse();
        assertThat(view.addPaymentButton.isVisible()).isFalse();
        assertThat(view.paymentsGrid.getColumnByKey("actions")).isNull();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void without_any_year_the_page_says_how_to_begin() {
        AllocationView view = open("tilldelning", AllocationView.class);
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Ingen tilldelning är registrerad ännu. Börja med Ny årsram.");
        assertThat(view.yearPicker.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_new_year_is_prefilled_with_the_split_and_the_population_and_saved_through_the_dialog() {
        long eslov = fixture.member("Eslövs kommun", MemberType.MUNICIPALITY, 34_000);
        AllocationView view = open("tilldelning", AllocationView.class);
        test(view.newYearButton).click();
        roundTrip();
        AllocationYearDialog dialog = (AllocationYearDialog) view.openDialog;
        assertThat(dialog.stateShare.getValue()).isEqualByComparingTo("50");
        assertThat(dialog.municipalShare.getValue()).isEqualByComparingTo("25");
        assertThat(dialog.keyBasis.getValue()).isEqualTo("Befolkning");
        assertThat(dialog.keys.get(members.lund()).getValue()).isEqualByComparingTo("124935");
        assertThat(dialog.keys.get(eslov).getValue()).isEqualByComparingTo("34000");
        assertThat(dialog.keys.get(eslov).getLabel()).isEqualTo("Nyckel: Eslövs kommun");

        test(dialog.year).setValue(2021);
        type(dialog.total, "7 000 000");
        assertThat(dialog.save()).isTrue();

        assertThat(view.yearPicker.getValue()).isEqualTo(2021);
        assertThat(view.detail.total()).isEqualByComparingTo("7000000");
        assertThat(db.fetchCount(ALLOCATION_KEY)).isEqualTo(2);
        assertThat(test(view.sharesGrid).size()).isEqualTo(5);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void shares_that_do_not_add_up_keep_the_dialog_open_with_the_swedish_message() {
        AllocationView view = open("tilldelning", AllocationView.class);
        test(view.newYearButton).click();
        roundTrip();
        AllocationYearDialog dialog = (AllocationYearDialog) view.openDialog;
        test(dialog.year).setValue(2021);
        type(dialog.total, "7 000 000");
        test(dialog.regionShare).setValue(new BigDecimal("30"));
        assertThat(dialog.save()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(lastNotification()).isEqualTo(
                "Statens, regionens och kommunernas andelar ska tillsammans vara 100 procent, inte 105 procent.");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_payment_is_recorded_through_the_dialog_with_what_is_left_suggested() {
        lund2021();
        AllocationView view = open("tilldelning?ar=2021", AllocationView.class);
        test(view.addPaymentButton).click();
        roundTrip();
        PaymentDialog dialog = (PaymentDialog) view.openDialog;
        test(dialog.member).selectItem("Lunds kommun");
        assertThat(dialog.amount.getValue()).isEqualByComparingTo("1750000");
        test(dialog.paidOn).setValue(LocalDate.of(2021, 10, 1));
        assertThat(dialog.save()).isTrue();
        assertThat(lastNotification()).isEqualTo("Betalningen har registrerats.");
        assertThat(templateValue(view.sharesGrid, "difference", test(view.sharesGrid).getRow(2), "text"))
                .isEqualTo("Betalt i sin helhet");
        assertThat(db.fetchCount(ALLOCATION_PAYMENT)).isEqualTo(3);
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_payments_row_buttons_open_it_for_change_and_delete_it_after_asking() {
        lund2021();
        AllocationView view = open("tilldelning?ar=2021", AllocationView.class);
        var payments = test(view.paymentsGrid);
        assertThat(payments.size()).isEqualTo(2);
        AllocationYearDetail.Payment first = payments.getRow(0);
        assertThat(templateValue(view.paymentsGrid, "actions", first, "edit")).isEqualTo("Ändra betalning");
        assertThat(templateValue(view.paymentsGrid, "actions", first, "remove")).isEqualTo("Ta bort");

        view.openPayment(first); // what the row's pencil calls
        roundTrip();
        PaymentDialog dialog = (PaymentDialog) view.openDialog;
        assertThat(dialog.amount.getValue()).isEqualByComparingTo(first.amount());
        dialog.close();

        view.confirmDelete(first); // what the row's bin calls: asks first
        roundTrip();
        assertThat(db.fetchCount(ALLOCATION_PAYMENT)).isEqualTo(2);
        var question = find(se.samordnaren.ui.ConfirmationDialog.class).single();
        test(find(com.vaadin.flow.component.button.Button.class, question).all().stream()
                .filter(b -> "Ta bort".equals(b.getText())).findFirst().orElseThrow()).click();
        assertThat(db.fetchCount(ALLOCATION_PAYMENT)).isEqualTo(1);
        assertThat(test(view.paymentsGrid).size()).isEqualTo(1);
    }

    private String lastNotification() {
        List<Notification> notifications = find(Notification.class).all();
        assertThat(notifications).isNotEmpty();
        return test(notifications.getLast()).getText();
    }

    /** Types into an amount field as a user does (the text, as typed). */
    private void type(se.samordnaren.ui.MoneyField field, String text) {
        test(field.getChildren().findFirst().map(com.vaadin.flow.component.textfield.TextField.class::cast).orElseThrow())
                .setValue(text);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_exports_the_shares_and_payments_with_real_amounts_and_dates() throws Exception {
        lund2021();
        AllocationView view = open("tilldelning?ar=2021", AllocationView.class);
        Workbooks.exportLink(view.exportSlot);

        try (Workbook book = Workbooks.read(AllocationExcel.year(view, view.detail))) {
            Sheet shares = book.getSheet("Medlemmarnas andelar");
            assertThat(shares.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tilldelade medel 2021: medlemmarnas andelar");
            assertThat(Workbooks.headers(shares)).containsExactly("Medlem", "Andel", "Betalt", "Skillnad", "Läge",
                    "Senaste betalning");
            Row lund = Workbooks.row(shares, "Lunds kommun");
            assertThat(Workbooks.money(lund.getCell(1))).isEqualTo(1_750_000d);
            assertThat(Workbooks.money(lund.getCell(2))).isZero();
            assertThat(Workbooks.money(lund.getCell(3))).isEqualTo(-1_750_000d);
            assertThat(plain(lund.getCell(4).getStringCellValue())).isEqualTo("Inte betalt, återstår 1 750 000 kr");
            assertThat(Workbooks.date(Workbooks.row(shares, "Försäkringskassan").getCell(5)))
                    .isEqualTo(LocalDate.of(2021, 1, 15));

            Sheet payments = book.getSheet("Betalningar");
            assertThat(Workbooks.headers(payments)).containsExactly("Betalningsdag", "Medlem", "Belopp", "Anteckning");
            assertThat(Workbooks.date(payments.getRow(3).getCell(0))).isEqualTo(LocalDate.of(2021, 1, 15));
            assertThat(Workbooks.money(payments.getRow(3).getCell(2))).isEqualTo(3_500_000d);
        }
    }
}
