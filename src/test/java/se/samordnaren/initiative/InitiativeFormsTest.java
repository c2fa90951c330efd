package se.samordnaren.initiative;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePickerTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.testsupport.TestData;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.ui.MoneyField;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.CO_FINANCING;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;
import static se.samordnaren.db.Tables.INITIATIVE_REPORT;

/**
 * The insats forms refuse what they cannot read (issue 8, item 3): a mistyped date, an amount that is not a Swedish
 * amount, a text longer than the database holds. The save is blocked with a Swedish message at the field, a stored
 * value is never replaced by an empty one, and nothing is saved partly.
 */
class InitiativeFormsTest extends ViewTest {

    private static final String DATE_MESSAGE = "Skriv datumet som ÅÅÅÅ-MM-DD";
    private static final String MONEY_MESSAGE = "Skriv beloppet i kronor";

    private long id;
    private TestData.BoardDecision granted;

    @BeforeEach
    void an_insats_with_a_planned_end_and_a_granting_decision() {
        id = data.initiative(data.name("IRIS"), InitiativeStatus.GRANTED, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
        granted = data.boardDecision(LocalDate.of(2020, 11, 27), DecisionOutcome.GRANTED);
    }

    // ---------------------------------------------------------------- the insats editor

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "abc"})
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_mistyped_end_date_blocks_the_save_with_a_swedish_message_and_keeps_the_stored_date(String typed) {
        InitiativeView view = open("insatser/" + id, InitiativeView.class);
        InitiativeEditor editor = openEditor(view);
        assertThat(editor.plannedEndDate.getValue()).isEqualTo(LocalDate.of(2022, 12, 31));

        type(editor.plannedEndDate, typed);
        editor.save();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.plannedEndDate.isInvalid()).isTrue();
        assertThat(editor.plannedEndDate.getErrorMessage()).startsWith(DATE_MESSAGE);
        assertThat(plannedEnd()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_corrected_date_is_saved() {
        InitiativeView view = open("insatser/" + id, InitiativeView.class);
        InitiativeEditor editor = openEditor(view);
        type(editor.plannedEndDate, "2026-02-30");
        editor.save();

        new TypedDate(editor.plannedEndDate).enter(LocalDate.of(2023, 6, 30));
        editor.save();

        assertThat(editor.isOpened()).isFalse();
        assertThat(plannedEnd()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(lastNotification()).isEqualTo("Insatsen har sparats.");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_ten_thousand_character_name_is_refused_at_the_field_and_nothing_is_saved() {
        InitiativeView view = open("insatser/" + id, InitiativeView.class);
        InitiativeEditor editor = openEditor(view);

        test(editor.name).setValue("N".repeat(10_000));
        editor.save();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Namn får vara högst 300 tecken.");
        assertThat(db.fetchValue(INITIATIVE.NAME, INITIATIVE.ID.eq(id))).isEqualTo(data.name("IRIS"));
    }

    // ---------------------------------------------------------------- Registrera beviljade medel

    @ParameterizedTest
    @ValueSource(strings = {"12,5,5", "abc", "1e20", "12,555", "123456789012345678901"})
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_grant_row_that_cannot_be_read_blocks_the_whole_save(String typed) {
        GrantDialog dialog = openGrantDialog();
        assertThat(dialog.amounts.rows).extracting(r -> r.year().getValue()).containsExactly(2021, 2022);
        type(dialog.amounts.rows.get(0).amount(), "400 000");
        type(dialog.amounts.rows.get(1).amount(), typed);

        assertThat(dialog.save()).isFalse();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.amounts.rows.get(1).amount().isInvalid()).isTrue();
        assertThat(dialog.amounts.rows.get(1).amount().getErrorMessage()).startsWith(MONEY_MESSAGE);
        assertThat(db.fetchCount(INITIATIVE_GRANT)).isZero();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void swedish_amounts_are_saved_exactly_and_a_year_left_empty_gets_nothing() {
        GrantDialog dialog = openGrantDialog();
        type(dialog.amounts.rows.get(0).amount(), "1 400 000,50");

        assertThat(dialog.save()).isTrue();

        assertThat(db.select(INITIATIVE_GRANT.YEAR, INITIATIVE_GRANT.AMOUNT).from(INITIATIVE_GRANT)
                .fetch(r -> r.value1() + "=" + r.value2())).containsExactly("2021=1400000.50");
        assertThat(lastNotification()).isEqualTo("Beviljade medel har registrerats.");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void an_amount_without_its_year_blocks_the_save_with_a_message_at_the_year() {
        GrantDialog dialog = openGrantDialog();
        type(dialog.amounts.rows.get(0).amount(), "400 000");
        type(dialog.amounts.rows.get(1).amount(), "300 000");
        dialog.amounts.rows.get(1).year().clear();

        assertThat(dialog.save()).isFalse();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.amounts.rows.get(1).year().getErrorMessage()).isEqualTo("Ange vilket år beloppet gäller.");
        assertThat(db.fetchCount(INITIATIVE_GRANT)).isZero();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void an_opening_balance_needs_its_date_but_no_paragraph() {
        GrantDialog dialog = (GrantDialog) openDialog(v -> v.grantButton);
        test(dialog.openingBalance).click();
        type(dialog.amounts.rows.get(0).amount(), "250 000");

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.openingDecidedOn.getErrorMessage()).isEqualTo("Fyll i Beslutsdatum.");

        test(dialog.openingDecidedOn).setValue(LocalDate.of(2019, 11, 29));
        test(dialog.openingReference).setValue("Styrelsen 2019-11-29 § 7");
        assertThat(dialog.save()).isTrue();

        assertThat(db.select(INITIATIVE_GRANT.YEAR, INITIATIVE_GRANT.AMOUNT, INITIATIVE_GRANT.IS_OPENING_BALANCE,
                        INITIATIVE_GRANT.OPENING_REFERENCE).from(INITIATIVE_GRANT)
                .fetch(r -> r.value1() + "=" + r.value2() + " " + r.value3() + " " + r.value4()))
                .containsExactly("2021=250000.00 true Styrelsen 2019-11-29 § 7");
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_grant_needs_its_paragraph_before_anything_is_sent() {
        GrantDialog dialog = (GrantDialog) openDialog(v -> v.grantButton);
        type(dialog.amounts.rows.get(0).amount(), "400 000");

        assertThat(dialog.save()).isFalse();

        assertThat(dialog.decision.isInvalid()).isTrue();
        assertThat(dialog.decision.getErrorMessage()).isEqualTo("Fyll i Beslut (§).");
        assertThat(db.fetchCount(INITIATIVE_GRANT)).isZero();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_change_with_a_mistyped_new_end_is_not_recorded() {
        data.grant(id, 2022, 500_000, granted.id());
        var shortening = data.boardDecision(LocalDate.of(2021, 6, 11), DecisionOutcome.APPROVED);
        ChangeDialog dialog = (ChangeDialog) openDialog(v -> v.changeButton);
        test(dialog.decision).selectItem(data.boardName() + " 2021-06-11 § " + shortening.paragraph()
                + " – Medel till insats");
        type(dialog.newEnd, "2021-13-01");
        type(dialog.amounts.addRow(2022, null).amount(), "500 000");

        assertThat(dialog.save()).isFalse();

        assertThat(dialog.newEnd.getErrorMessage()).startsWith(DATE_MESSAGE);
        assertThat(db.fetchCount(INITIATIVE_GRANT)).isEqualTo(1);
        assertThat(plannedEnd()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    // ---------------------------------------------------------------- co-financing and reports

    @ParameterizedTest
    @ValueSource(strings = {"12,5,5", "1e20", "12,555", "123456789012345678901"})
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_co_financing_amount_that_cannot_be_read_is_refused_at_the_field(String typed) {
        CoFinancingDialog dialog = openCoFinancingDialog();
        type(dialog.amount, typed);

        assertThat(dialog.save()).isFalse();

        assertThat(dialog.amount.getErrorMessage()).startsWith(MONEY_MESSAGE);
        assertThat(db.fetchCount(CO_FINANCING)).isZero();
    }

    @Test
    @WithMockUser(username = "ekonom", roles = "EKONOM")
    void a_co_financing_amount_is_saved_exactly() {
        CoFinancingDialog dialog = openCoFinancingDialog();
        type(dialog.amount, "1 400 000,50");

        assertThat(dialog.save()).isTrue();

        assertThat(db.fetchValue(CO_FINANCING.AMOUNT)).isEqualByComparingTo(new BigDecimal("1400000.50"));
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_negative_count_of_participants_is_refused_at_the_field() {
        ReportDialog dialog = (ReportDialog) openDialog(v -> v.reportButton);
        dialog.enrolled.setValue(-1); // the browser sends what was typed; the range is checked on the server

        assertThat(dialog.save()).isFalse();

        assertThat(dialog.enrolled.getErrorMessage()).isEqualTo("Talet får inte vara mindre än 0.");
        assertThat(db.fetchCount(INITIATIVE_REPORT)).isZero();
    }

    // ---------------------------------------------------------------- helpers

    private InitiativeEditor openEditor(InitiativeView view) {
        test(view.editButton).click();
        roundTrip();
        return (InitiativeEditor) view.openDialog;
    }

    private com.vaadin.flow.component.dialog.Dialog openDialog(java.util.function.Function<InitiativeView,
            com.vaadin.flow.component.button.Button> button) {
        InitiativeView view = open("insatser/" + id, InitiativeView.class);
        test(button.apply(view)).click();
        roundTrip();
        return view.openDialog;
    }

    private GrantDialog openGrantDialog() {
        GrantDialog dialog = (GrantDialog) openDialog(v -> v.grantButton);
        test(dialog.decision).selectItem(data.boardName() + " 2020-11-27 § 1 – Medel till insats");
        return dialog;
    }

    private CoFinancingDialog openCoFinancingDialog() {
        InitiativeView view = open("insatser/" + id, InitiativeView.class);
        test(view.tabs).select("Pengar");
        roundTrip();
        test(view.money.addCoFinancing).click();
        roundTrip();
        return (CoFinancingDialog) view.openDialog;
    }

    private LocalDate plannedEnd() {
        return db.fetchValue(INITIATIVE.PLANNED_END_DATE, INITIATIVE.ID.eq(id));
    }

    private String lastNotification() {
        return test(find(Notification.class).all().getLast()).getText();
    }

    /** Types into an amount field as a user does (the text, as typed). */
    private void type(MoneyField field, String text) {
        test(field.getChildren().findFirst().map(TextField.class::cast).orElseThrow()).setValue(text);
    }

    /** Types a date the field cannot read, as the browser reports it (the text, and no value). */
    private static void type(DatePicker field, String text) {
        new TypedDate(field).type(text);
    }

    private static final class TypedDate extends DatePickerTester<DatePicker> {

        TypedDate(DatePicker field) {
            super(field);
        }

        void type(String text) {
            getComponent().getElement().setProperty("_inputElementValue", text);
            fireDomEvent("unparsable-change");
        }

        /** Types a date the field can read, over whatever was typed before. */
        void enter(LocalDate date) {
            getComponent().getElement().setProperty("_inputElementValue", date.toString());
            setValueAsUser(date);
        }
    }
}
