package se.samordnaren.application;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import se.samordnaren.ui.DecidedAtLink;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;

/** One application's page: the steps recorded through its dialogs, the § links, the versions compared. */
@SpringBootTest
@ActiveProfiles("test")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApplicationViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;
    @Autowired
    FundingApplicationService applications;
    Minutes minutes;
    long id;

    @BeforeEach
    void application() {
        minutes = new Minutes(db);
    }

    private long receive(String title) {
        return applications.create(new NewApplication(null, "Sökande " + minutes.suffix, null, null, null,
                FundingApplicationServiceTest.version(title, LocalDate.of(2026, 1, 15), 2026, 300_000, 300_000)));
    }

    private ApplicationView open(long applicationId) {
        return navigate("ansokningar/" + applicationId, ApplicationView.class);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void prepared_proposed_and_granted_through_the_dialogs_shows_the_insats_link_and_the_paragraphs() {
        id = receive("Bron " + minutes.suffix);
        long au = minutes.decision(minutes.meeting(minutes.au, LocalDate.of(2026, 2, 3)), 4, "Ansökan Bron", "PROPOSAL");
        minutes.decision(minutes.meeting(minutes.board, LocalDate.of(2026, 2, 17)), 9, "Ansökan Bron", "GRANTED");
        ApplicationView view = open(id);
        assertThat(view.getPageTitle()).isEqualTo("Bron " + minutes.suffix);

        test(view.prepareButton).click();
        roundTrip();
        test(view.stepDialog.outcome).selectItem("förslag om bifall");
        test(view.stepDialog.notes).setValue("Bra samverkan");
        view.stepDialog.date.setValue(LocalDate.of(2026, 1, 25));
        test(view.stepDialog.save).click();
        assertThat(view.application.status()).isEqualTo(ApplicationStatus.PREPARED);

        test(view.auButton).click();
        roundTrip();
        var auDialog = view.stepDialog;
        assertThat(auDialog.decision.getListDataView().getItems()).extracting(DecisionPlace::decisionId).contains(au);
        auDialog.decision.setValue(auDialog.decision.getListDataView().getItems()
                .filter(d -> d.decisionId() == au).findFirst().orElseThrow());
        test(auDialog.outcome).selectItem("bifall");
        test(auDialog.save).click();
        assertThat(view.application.status()).isEqualTo(ApplicationStatus.PROPOSED);

        test(view.boardButton).click();
        roundTrip();
        var boardDialog = view.stepDialog;
        boardDialog.decision.setValue(boardDialog.decision.getListDataView().getItems()
                .filter(d -> d.bodyName().equals(minutes.boardName)).findFirst().orElseThrow());
        assertThat(boardDialog.outcome.getValue()).isEqualTo(StepOutcome.APPROVE);
        assertThat(boardDialog.initiativeName.isVisible()).isTrue();
        test(boardDialog.save).click();

        assertThat(boardDialog.isOpened()).isFalse();
        assertThat(view.application.status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
        assertThat(view.initiativeLink.getText()).isEqualTo("Insats: Bron " + minutes.suffix);
        assertThat(view.initiativeLink.getHref()).isEqualTo("insatser/" + view.application.initiativeId());
        assertThat(find(DecidedAtLink.class).all()).extracting(DecidedAtLink::getText)
                .contains("Beslutat: " + minutes.auName + " 2026-02-03 § 4", "Beslutat: " + minutes.boardName + " 2026-02-17 § 9");
        assertThat(view.prepareButton.isVisible()).isFalse();
        assertThat(view.boardButton.isVisible()).isFalse();
        assertThat(view.stepper.getChildren().map(c -> c.getElement().getText()))
                .containsExactly("Inkommen", "Beredd", "AU:s förslag", "Styrelsens beslut", "Beviljad");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void on_bifall_the_board_dialog_offers_the_requested_amounts_per_year_and_a_reduced_grant_lands_in_the_ledger() {
        id = receive("Minskat " + minutes.suffix);
        long board = minutes.decision(minutes.meeting(minutes.board, LocalDate.of(2026, 2, 17)), 3, "Ansökan Minskat", "GRANTED");
        ApplicationView view = open(id);

        test(view.boardButton).click();
        roundTrip();
        var dialog = view.stepDialog;
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

        test(dialog.grantedAmounts.get(2027)).setValue(new BigDecimal("-1"));
        assertThat(dialog.grantedAmounts.get(2027).isInvalid()).isTrue();
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(lastNotification()).isEqualTo("Det beviljade beloppet för 2027 kan inte vara negativt.");

        test(dialog.grantedAmounts.get(2027)).setValue(new BigDecimal("150000"));
        assertThat(dialog.grantedTotal.getText()).isEqualTo("Beviljat totalt 450\u00a0000\u00a0kr (sökt 600\u00a0000\u00a0kr)");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.application.status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
        assertThat(db.select(INITIATIVE_GRANT.YEAR, INITIATIVE_GRANT.AMOUNT).from(INITIATIVE_GRANT)
                .where(INITIATIVE_GRANT.DECISION_ID.eq(board)).and(INITIATIVE_GRANT.INITIATIVE_ID.eq(view.application.initiativeId()))
                .orderBy(INITIATIVE_GRANT.YEAR).fetch(r -> r.value1() + "=" + r.value2().intValue()))
                .containsExactly("2026=300000", "2027=150000");
        assertThat(view.grants.getElement().getTextRecursively()).contains("150\u00a0000\u00a0kr");
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_revision_through_the_dialog_shows_both_versions_compared_year_by_year() {
        id = receive("Gröna steg " + minutes.suffix);
        ApplicationView view = open(id);
        assertThat(view.auButton.isVisible()).isFalse();
        assertThat(view.boardButton.isVisible()).isFalse();
        assertThat(view.prepareButton.isVisible()).isTrue();

        test(view.reviseButton).click();
        roundTrip();
        var dialog = view.reviseDialog;
        assertThat(dialog.version.title.getValue()).isEqualTo("Gröna steg " + minutes.suffix);
        test(dialog.version.title).setValue("Gröna steg reviderad");
        dialog.version.amounts.get(2027).setValue(new java.math.BigDecimal("150000"));
        test(dialog.version.changeNote).setValue("Lägre belopp 2027");
        test(dialog.save).click();

        assertThat(view.application.versions()).hasSize(2);
        assertThat(test(view.comparison).size()).isEqualTo(2);
        assertThat(test(view.comparison).getHeaderCell(1)).isEqualTo("version 1");
        assertThat(test(view.comparison).getHeaderCell(2)).isEqualTo("version 2");
        assertThat(test(view.comparison).getCellText(1, 0)).isEqualTo("2027");
        assertThat(test(view.comparison).getCellText(1, 1)).isEqualTo("300\u00a0000\u00a0kr");
        assertThat(test(view.comparison).getCellText(1, 2)).isEqualTo("150\u00a0000\u00a0kr (−150\u00a0000\u00a0kr)");
    }

    private String lastNotification() {
        var notifications = find(Notification.class).all();
        return test(notifications.getLast()).getText();
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void the_beredningsgrupp_withdraws_an_application_through_the_dialog_with_date_and_note() {
        id = receive("Återtas " + minutes.suffix);
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
        test(dialog.save).click();

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
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_granted_application_is_not_offered_for_withdrawal_and_the_service_refuses_it() {
        id = receive("Redan beviljad " + minutes.suffix);
        long granted = minutes.decision(minutes.meeting(minutes.board, LocalDate.of(2026, 2, 17)), 5, "Ansökan", "GRANTED");
        applications.recordBoardDecision(id, applications.detail(id).orElseThrow().version(), StepOutcome.APPROVE, granted,
                null, null);
        ApplicationView view = open(id);

        assertThat(view.withdrawButton.isVisible()).isFalse();
        int version = applications.detail(id).orElseThrow().version();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> applications.withdraw(id, version, LocalDate.of(2026, 3, 1), "För sent"))
                .isInstanceOf(se.samordnaren.common.UserFacingException.class);
        assertThat(applications.detail(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DECIDED_GRANTED);
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void the_secretary_records_decisions_but_is_not_offered_the_withdrawal() {
        id = receiveAsChef();
        ApplicationView view = open(id);
        assertThat(view.boardButton.isVisible()).isTrue();
        assertThat(view.withdrawButton.isVisible()).isFalse();
    }

    /** The secretary may not register applications: this one is received as the förbundschef. */
    private long receiveAsChef() {
        var context = SecurityContextHolder.getContext();
        var secretary = context.getAuthentication();
        context.setAuthentication(new TestingAuthenticationToken("chef", "x", "ROLE_FORBUNDSCHEF"));
        try {
            return receive("Sekreterarens vy " + minutes.suffix);
        } finally {
            context.setAuthentication(secretary);
        }
    }
}
