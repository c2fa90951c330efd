package se.samordnaren.application;

import se.samordnaren.meeting.DecisionOutcome;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;
import se.samordnaren.ui.DecidedAtLink;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.APPLICATION_STEP;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;

/** One application's page: the steps recorded through its dialogs, the § links, the versions compared. */
class ApplicationViewTest extends ViewTest {

    @Autowired
    FundingApplicationService applications;
    @Autowired
    ApplicationStepService steps;
    @Autowired
    ApplicationQueries queries;
    long id;

    private long receive(String title) {
        return applications.create(new NewApplication(null, "Sökande " + data.tag, null, null, null,
                FundingApplicationServiceTest.version(title, LocalDate.of(2026, 1, 15), 2026, 300_000, 300_000)));
    }

    private ApplicationView open(long applicationId) {
        return open("ansokningar/" + applicationId, ApplicationView.class);
    }

    private String lastNotification() {
        var notifications = find(Notification.class).all();
        return test(notifications.getLast()).getText();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void prepared_proposed_and_granted_through_the_dialogs_shows_the_insats_link_and_the_paragraphs() {
        id = receive("Bron " + data.tag);
        long au = data.paragraphWithDecision(data.meeting(data.workingCommittee(), LocalDate.of(2026, 2, 3)), 4, "Ansökan Bron", DecisionOutcome.PROPOSAL);
        data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 2, 17)), 9, "Ansökan Bron", DecisionOutcome.GRANTED);
        ApplicationView view = open(id);
        assertThat(view.getPageTitle()).isEqualTo("Bron " + data.tag);

        test(view.prepareButton).click();
        roundTrip();
        PrepareDialog prepare = view.prepareDialog;
        test(prepare.outcome).selectItem("förslag om bifall");
        test(prepare.notes).setValue("Bra samverkan");
        prepare.date.setValue(LocalDate.of(2026, 1, 25));
        prepare.save();
        assertThat(prepare.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Steget har registrerats.");
        assertThat(view.application.status()).isEqualTo(ApplicationStatus.PREPARED);

        test(view.auButton).click();
        roundTrip();
        var auDialog = view.decisionDialog;
        assertThat(auDialog.decision.getListDataView().getItems()).extracting(DecisionPlace::decisionId).containsExactly(au);
        auDialog.decision.setValue(auDialog.decision.getListDataView().getItems()
                .filter(d -> d.decisionId() == au).findFirst().orElseThrow());
        assertThat(auDialog.decision.getItemLabelGenerator().apply(auDialog.decision.getValue()))
                .isEqualTo(data.workingCommitteeName() + " 2026-02-03 § 4 Ansökan Bron (förslag)");
        test(auDialog.outcome).selectItem("bifall");
        auDialog.save();
        assertThat(view.application.status()).isEqualTo(ApplicationStatus.PROPOSED);

        test(view.boardButton).click();
        roundTrip();
        var boardDialog = view.decisionDialog;
        boardDialog.decision.setValue(boardDialog.decision.getListDataView().getItems()
                .filter(d -> d.paragraph().bodyName().equals(data.boardName())).findFirst().orElseThrow());
        assertThat(boardDialog.outcome.getValue()).isEqualTo(StepOutcome.APPROVE);
        assertThat(boardDialog.initiativeName.isVisible()).isTrue();
        boardDialog.save();

        assertThat(boardDialog.isOpened()).isFalse();
        assertThat(view.application.status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
        assertThat(view.initiativeLink.getText()).isEqualTo("Insats: Bron " + data.tag);
        assertThat(view.initiativeLink.getHref()).isEqualTo("insatser/" + view.application.initiativeId());
        assertThat(find(DecidedAtLink.class).all()).extracting(DecidedAtLink::getText)
                .contains("Beslutat: " + data.workingCommitteeName() + " 2026-02-03 § 4", "Beslutat: " + data.boardName() + " 2026-02-17 § 9");
        assertThat(view.prepareButton.isVisible()).isFalse();
        assertThat(view.boardButton.isVisible()).isFalse();
        assertThat(view.stepper.getChildren().map(c -> c.getElement().getText()))
                .containsExactly("Inkommen", "Beredd", "AU:s förslag", "Styrelsens beslut", "Beviljad");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void on_bifall_the_board_dialog_offers_the_requested_amounts_per_year_and_a_reduced_grant_lands_in_the_ledger() {
        id = receive("Minskat " + data.tag);
        long board = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 2, 17)), 3, "Ansökan Minskat", DecisionOutcome.GRANTED);
        ApplicationView view = open(id);

        test(view.boardButton).click();
        roundTrip();
        var dialog = view.decisionDialog;
        assertThat(dialog.grantedSection.isVisible()).isFalse();
        test(dialog.outcome).selectItem("avslag");
        assertThat(dialog.grantedSection.isVisible()).isFalse();
        dialog.decision.setValue(dialog.decision.getListDataView().getItems()
                .filter(d -> d.decisionId() == board).findFirst().orElseThrow());
        test(dialog.outcome).selectItem("bifall");
        assertThat(dialog.grantedSection.isVisible()).isTrue();
        assertThat(dialog.grantedAmounts).containsOnlyKeys(2026, 2027);
        assertThat(dialog.grantedAmounts.get(2026).getLabel()).isEqualTo("Beviljat 2026");
        assertThat(dialog.grantedAmounts.get(2026).getValue()).isEqualByComparingTo("300000");
        assertThat(dialog.grantedAmounts.get(2027).getValue()).isEqualByComparingTo("300000");
        assertThat(dialog.grantedTotal.getText()).isEqualTo("Beviljat totalt 600\u00a0000\u00a0kr (sökt 600\u00a0000\u00a0kr)");

        test(Typing.input(dialog.grantedAmounts.get(2027))).setValue("-1");
        dialog.save();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.grantedAmounts.get(2027).isInvalid()).isTrue();
        assertThat(dialog.grantedAmounts.get(2027).getErrorMessage())
                .isEqualTo("Det beviljade beloppet för 2027 kan inte vara negativt.");

        test(Typing.input(dialog.grantedAmounts.get(2027))).setValue("12,5,5");
        dialog.save();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.grantedAmounts.get(2027).getErrorMessage()).startsWith("Skriv beloppet i kronor");
        assertThat(db.fetchCount(INITIATIVE_GRANT)).isZero();

        test(Typing.input(dialog.grantedAmounts.get(2027))).setValue("150 000");
        assertThat(dialog.grantedTotal.getText()).isEqualTo("Beviljat totalt 450\u00a0000\u00a0kr (sökt 600\u00a0000\u00a0kr)");
        dialog.save();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.application.status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
        assertThat(db.select(INITIATIVE_GRANT.YEAR, INITIATIVE_GRANT.AMOUNT).from(INITIATIVE_GRANT)
                .where(INITIATIVE_GRANT.DECISION_ID.eq(board)).and(INITIATIVE_GRANT.INITIATIVE_ID.eq(view.application.initiativeId()))
                .orderBy(INITIATIVE_GRANT.YEAR).fetch(r -> r.value1() + "=" + r.value2().intValue()))
                .containsExactly("2026=300000", "2027=150000");
        assertThat(view.grants.getElement().getTextRecursively()).contains("150\u00a0000\u00a0kr");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_decision_step_without_its_paragraph_is_not_saved_and_says_so_at_the_field() {
        id = receive("Utan paragraf " + data.tag);
        ApplicationView view = open(id);
        test(view.auButton).click();
        roundTrip();
        var dialog = view.decisionDialog;
        test(dialog.outcome).selectItem("bifall");

        dialog.save();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.decision.isInvalid()).isTrue();
        assertThat(dialog.decision.getErrorMessage()).isEqualTo("Välj paragrafen i protokollet där beslutet fattades.");
        assertThat(db.fetchCount(APPLICATION_STEP)).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_revision_through_the_dialog_shows_both_versions_compared_year_by_year() {
        id = receive("Gröna steg " + data.tag);
        ApplicationView view = open(id);
        assertThat(view.auButton.isVisible()).isFalse();
        assertThat(view.boardButton.isVisible()).isFalse();
        assertThat(view.prepareButton.isVisible()).isTrue();

        test(view.reviseButton).click();
        roundTrip();
        var dialog = view.reviseDialog;
        assertThat(dialog.version.title.getValue()).isEqualTo("Gröna steg " + data.tag);
        test(dialog.version.title).setValue("Gröna steg reviderad");
        test(Typing.input(dialog.version.amounts.get(2027))).setValue("150 000");
        test(dialog.version.changeNote).setValue("Lägre belopp 2027");
        dialog.save();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Version 2 av ansökan har registrerats.");
        assertThat(view.application.versions()).hasSize(2);
        assertThat(view.application.latestVersion().orientation()).isEqualTo(se.samordnaren.initiative.Orientation.INDIVIDUAL);
        assertThat(test(view.comparison).size()).isEqualTo(2);
        assertThat(test(view.comparison).getHeaderCell(1)).isEqualTo("version 1");
        assertThat(test(view.comparison).getHeaderCell(2)).isEqualTo("version 2");
        assertThat(test(view.comparison).getCellText(1, 0)).isEqualTo("2027");
        assertThat(test(view.comparison).getCellText(1, 1)).isEqualTo("300\u00a0000\u00a0kr");
        assertThat(test(view.comparison).getCellText(1, 2)).isEqualTo("150\u00a0000\u00a0kr (−150\u00a0000\u00a0kr)");
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_mistyped_date_or_amount_in_a_revision_blocks_the_save_at_the_field_and_nothing_is_saved() {
        id = receive("Felskrivet " + data.tag);
        ApplicationView view = open(id);
        test(view.reviseButton).click();
        roundTrip();
        var dialog = view.reviseDialog;
        assertThat(dialog.version.periodEnd.getValue()).isEqualTo(LocalDate.of(2027, 12, 31));

        Typing.unreadableDate(dialog.version.periodEnd, "2027-02-30");
        dialog.save();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.version.periodEnd.isInvalid()).isTrue();
        assertThat(dialog.version.periodEnd.getErrorMessage()).startsWith("Skriv datumet som ÅÅÅÅ-MM-DD");
        assertThat(queries.detail(id).orElseThrow().versions()).hasSize(1);

        dialog.version.periodEnd.setValue(LocalDate.of(2027, 12, 31));
        test(Typing.input(dialog.version.amounts.get(2026))).setValue("1e20");
        dialog.save();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.version.amounts.get(2026).isInvalid()).isTrue();
        ApplicationDetail stored = queries.detail(id).orElseThrow();
        assertThat(stored.versions()).hasSize(1);
        assertThat(stored.latestVersion().periodEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(stored.latestVersion().requestedTotal()).isEqualByComparingTo("600000");
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_mistyped_date_in_the_preparation_is_refused_at_the_field() {
        id = receive("Beredning " + data.tag);
        ApplicationView view = open(id);
        test(view.prepareButton).click();
        roundTrip();
        var dialog = view.prepareDialog;
        test(dialog.outcome).selectItem("begär komplettering");

        Typing.unreadableDate(dialog.date, "abc");
        dialog.save();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.date.getErrorMessage()).startsWith("Skriv datumet som ÅÅÅÅ-MM-DD");
        assertThat(queries.detail(id).orElseThrow().status()).isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void the_beredningsgrupp_withdraws_an_application_through_the_dialog_with_date_and_note() {
        id = receive("Återtas " + data.tag);
        ApplicationView view = open(id);
        assertThat(view.withdrawButton.isVisible()).isTrue();
        assertThat(view.withdrawButton.getText()).isEqualTo("Återta ansökan");

        test(view.withdrawButton).click();
        roundTrip();
        var dialog = view.withdrawDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Återta ansökan");
        dialog.date.setValue(LocalDate.of(2026, 2, 1));
        test(dialog.notes).setValue("Sökanden drar tillbaka ansökan");
        dialog.save();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Ansökan har återtagits.");
        assertThat(view.application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(view.application.steps().getLast().occurredOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(view.application.steps().getLast().notes()).isEqualTo("Sökanden drar tillbaka ansökan");
        assertThat(view.withdrawButton.isVisible()).isFalse();
        assertThat(view.prepareButton.isVisible()).isFalse();
        assertThat(view.reviseButton.isVisible()).isFalse();
        assertThat(view.stepper.getChildren().map(c -> c.getElement().getText()))
                .containsExactly("Inkommen", "Beredd", "AU:s förslag", "Styrelsens beslut", "Återtagen");
        assertThat(view.timeline.getElement().getTextRecursively()).contains("2026-02-01", "Återtagen",
                "Sökanden drar tillbaka ansökan");
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_withdrawal_the_database_refuses_keeps_the_dialog_open_with_the_swedish_reason() {
        id = receive("För tidigt " + data.tag);
        ApplicationView view = open(id);
        test(view.withdrawButton).click();
        roundTrip();
        var dialog = view.withdrawDialog;
        dialog.date.setValue(LocalDate.of(2025, 12, 1));
        test(dialog.notes).setValue("Före inkomstdagen");

        dialog.save();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(lastNotification()).isEqualTo("Steget kan inte ligga före ansökans senaste steg.");
        assertThat(dialog.notes.getValue()).isEqualTo("Före inkomstdagen");
        assertThat(queries.detail(id).orElseThrow().status()).isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_granted_application_is_not_offered_for_withdrawal_and_the_service_refuses_it() {
        id = receive("Redan beviljad " + data.tag);
        long granted = data.paragraphWithDecision(data.meeting(data.board(), LocalDate.of(2026, 2, 17)), 5, "Ansökan", DecisionOutcome.GRANTED);
        steps.recordBoardDecision(id, queries.detail(id).orElseThrow().version(), StepOutcome.APPROVE, granted, null, null);
        ApplicationView view = open(id);

        assertThat(view.withdrawButton.isVisible()).isFalse();
        int version = queries.detail(id).orElseThrow().version();
        assertThatThrownBy(() -> steps.withdraw(id, version, LocalDate.of(2026, 3, 1), "För sent"))
                .isInstanceOf(se.samordnaren.common.UserFacingException.class);
        assertThat(queries.detail(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void the_secretary_records_decisions_but_is_not_offered_the_withdrawal() {
        id = AsUser.chef(() -> receive("Sekreterarens vy " + data.tag));
        ApplicationView view = open(id);
        assertThat(view.boardButton.isVisible()).isTrue();
        assertThat(view.withdrawButton.isVisible()).isFalse();
        assertThat(view.versions.upload).isNull();
    }
}
