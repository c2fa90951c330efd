package se.samordnaren.application;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.testsupport.ViewTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;

/** The applications list driven like a user would, against the real database. */
class ApplicationsViewTest extends ViewTest {

    @Autowired
    FundingApplicationService applications;
    @Autowired
    ApplicationStepService steps;
    @Autowired
    ApplicationQueries queries;

    private String lastNotification() {
        List<Notification> notifications = find(Notification.class).all();
        return test(notifications.getLast()).getText();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_list_shows_applicant_title_version_requested_total_and_latest_step_filtered_by_applicant() {
        applications.create(new NewApplication(null, "Listföreningen " + data.tag, "Dnr 1", null, null,
                FundingApplicationServiceTest.version("Listprojektet", LocalDate.of(2026, 4, 1), 2026, 100_000, 50_000)));
        applications.create(new NewApplication(null, "Annan förening", null, null, null,
                FundingApplicationServiceTest.version("Annat", LocalDate.of(2026, 4, 2), 2026, 7_000)));
        ApplicationsView view = open("ansokningar", ApplicationsView.class);
        assertThat(view.getPageTitle()).isEqualTo("Ansökningar");
        assertThat(view.newButton.getText()).isEqualTo("Ny ansökan");
        assertThat(test(view.grid).size()).isEqualTo(2);

        test(view.applicant).setValue(data.tag);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getHeaderCell(1)).isEqualTo("Sökande");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Listföreningen " + data.tag);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Listprojektet");
        assertThat(test(view.grid).getHeaderCell(3)).isEqualTo("Inkom");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("2026-04-01");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("1");
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("150\u00a0000\u00a0kr");
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("Inkom 2026-04-01");

        test(view.status).selectItem("Beredd");
        assertThat(test(view.grid).size()).isZero();
    }

    /** Two applications of April 2026 asking for 100 000 and 25 000 kr. */
    private void receiveBrygganAndArenan() {
        applications.create(new NewApplication(null, "Bryggan", null, null, null,
                FundingApplicationServiceTest.version("Först", LocalDate.of(2026, 4, 1), 2026, 100_000)));
        applications.create(new NewApplication(null, "Arenan", null, null, null,
                FundingApplicationServiceTest.version("Sedan", LocalDate.of(2026, 4, 2), 2026, 25_000)));
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_list_loads_lazily_with_sortable_columns_and_a_footer_total_from_the_database() {
        receiveBrygganAndArenan();
        ApplicationsView view = open("ansokningar", ApplicationsView.class);

        assertThat(view.grid.getDataCommunicator().isDefinedSize()).isFalse();
        assertThat(view.grid.getColumns()).extracting(c -> c.isSortable() ? c.getSortOrder(SortDirection.ASCENDING)
                        .map(QuerySortOrder::getSorted).findFirst().orElse("") : "")
                .containsExactly("", "applicant", "title", "firstReceivedOn", "versionNo", "requestedTotal", "lastStepOn");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Sedan");
        assertThat(view.grid.getColumns().get(5).getFooterText()).isEqualTo("Sökt totalt: 125\u00a0000\u00a0kr");

        test(view.applicant).setValue("Arenan");
        assertThat(view.grid.getColumns().get(5).getFooterText()).isEqualTo("Sökt totalt: 25\u00a0000\u00a0kr");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_list_opens_on_the_latest_year_with_applications_and_clearing_the_year_shows_every_year() {
        applications.create(new NewApplication(null, "Förra året", null, null, null,
                FundingApplicationServiceTest.version("Gammal", LocalDate.of(2025, 11, 20), 2026, 900_000)));
        receiveBrygganAndArenan();
        ApplicationsView view = open("ansokningar", ApplicationsView.class);

        assertThat(view.receivedYear.getLabel()).isEqualTo("Inkom år");
        assertThat(view.receivedYear.getValue()).isEqualTo(2026);
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("Först");
        assertThat(view.grid.getColumns().get(5).getFooterText()).isEqualTo("Sökt totalt: 125\u00a0000\u00a0kr");

        view.receivedYear.clear();
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(test(view.grid).getCellText(2, 2)).isEqualTo("Gammal");
        assertThat(view.grid.getColumns().get(5).getFooterText()).isEqualTo("Sökt totalt: 1\u00a0025\u00a0000\u00a0kr");

        test(view.receivedYear).setValue(2025);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.grid.getColumns().get(5).getFooterText()).isEqualTo("Sökt totalt: 900\u00a0000\u00a0kr");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_link_with_filters_opens_the_list_filtered_as_the_dashboards_coming_demand_links_it() {
        applications.create(new NewApplication(null, "Obeslutad " + data.tag, null, null, null,
                FundingApplicationServiceTest.version("Söker för 2027", LocalDate.of(2025, 10, 1), 2027, 300_000)));
        applications.create(new NewApplication(null, "Obeslutad " + data.tag, null, null, null,
                FundingApplicationServiceTest.version("Söker för 2026", LocalDate.of(2026, 3, 1), 2026, 40_000)));
        long withdrawn = applications.create(new NewApplication(null, "Återtagen " + data.tag, null, null, null,
                FundingApplicationServiceTest.version("Återtagen 2027", LocalDate.of(2026, 2, 1), 2027, 900_000)));
        steps.withdraw(withdrawn, queries.detail(withdrawn).orElseThrow().version(), LocalDate.of(2026, 2, 15), null);

        assertThat(ApplicationListLink.undecided(2027)).isEqualTo("ansokningar?status=obeslutade&ar=2027");
        ApplicationsView view = open(ApplicationListLink.undecided(2027), ApplicationsView.class);

        assertThat(view.status.getValue()).isEqualTo(ApplicationStatus.UNDECIDED);
        assertThat(view.status.getItemLabelGenerator().apply(view.status.getValue())).isEqualTo("Ej beslutade");
        assertThat(view.receivedYear.getValue()).as("a link with filters does not add the default year").isNull();
        assertThat(view.year.getValue()).isEqualTo(2027);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Söker för 2027");
        assertThat(view.grid.getColumns().get(5).getFooterText()).isEqualTo("Sökt totalt: 300\u00a0000\u00a0kr");

        test(view.status).selectItem("Återtagen");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Återtagen 2027");
        assertThat(ApplicationListLink.href(view.filter())).isEqualTo("ansokningar?status=withdrawn&ar=2027");
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_link_with_nonsense_parameters_shows_more_rather_than_an_error() {
        receiveBrygganAndArenan();
        ApplicationsView view = open("ansokningar?status=%3Cscript%3E&ar=tjugo&inkom=1800&sokande=Arenan", ApplicationsView.class);

        assertThat(view.status.getValue()).isNull();
        assertThat(view.year.getValue()).isNull();
        assertThat(view.receivedYear.getValue()).isNull();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Arenan");
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void ny_ansokan_registers_version_1_with_amounts_per_year_and_opens_it() {
        ApplicationsView view = open("ansokningar", ApplicationsView.class);
        test(view.newButton).click();
        roundTrip();
        NewApplicationDialog dialog = view.dialog;
        assertThat(dialog.isOpened()).isTrue();
        String applicant = "Nyföreningen " + data.tag;
        dialog.applicant.setValue(applicant);
        test(dialog.caseNumber).setValue("Dnr 2026.042");
        test(dialog.version.title).setValue("Nya vägar " + data.tag);
        dialog.version.periodStart.setValue(LocalDate.of(2026, 7, 1));
        dialog.version.periodEnd.setValue(LocalDate.of(2027, 6, 30));
        assertThat(dialog.version.amounts).containsOnlyKeys(2026, 2027);
        test(Typing.input(dialog.version.amounts.get(2026))).setValue("200 000");
        test(Typing.input(dialog.version.amounts.get(2027))).setValue("250000,50");
        dialog.save();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Ansökan Nya vägar " + data.tag + " har registrerats.");
        ApplicationView opened = (ApplicationView) org.springframework.test.util.AopTestUtils.getUltimateTargetObject(getCurrentView());
        assertThat(opened.application.applicant()).isEqualTo(applicant);
        assertThat(opened.application.caseNumber()).isEqualTo("Dnr 2026.042");
        assertThat(opened.application.latestVersion().requested()).extracting(r -> r.year() + "=" + r.amount().toPlainString())
                .containsExactly("2026=200000.00", "2027=250000.50");
        assertThat(opened.application.status()).isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_new_application_without_applicant_is_refused_and_the_dialog_keeps_what_was_typed() {
        ApplicationsView view = open("ansokningar", ApplicationsView.class);
        test(view.newButton).click();
        roundTrip();
        test(view.dialog.version.title).setValue("Utan sökande");
        view.dialog.save();

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.version.title.getValue()).isEqualTo("Utan sökande");
        assertThat(lastNotification()).isEqualTo("Ange vem som söker: en medlem eller en annan organisation.");
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void an_unreadable_amount_in_one_year_saves_nothing_at_all() {
        ApplicationsView view = open("ansokningar", ApplicationsView.class);
        test(view.newButton).click();
        roundTrip();
        NewApplicationDialog dialog = view.dialog;
        dialog.applicant.setValue("Halvsparad förening");
        test(dialog.version.title).setValue("Två år");
        dialog.version.periodStart.setValue(LocalDate.of(2026, 1, 1));
        dialog.version.periodEnd.setValue(LocalDate.of(2027, 12, 31));
        test(Typing.input(dialog.version.amounts.get(2026))).setValue("400 000");
        test(Typing.input(dialog.version.amounts.get(2027))).setValue("12,5,5");

        dialog.save();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.version.amounts.get(2027).isInvalid()).isTrue();
        assertThat(dialog.version.amounts.get(2027).getErrorMessage()).startsWith("Skriv beloppet i kronor");
        assertThat(db.fetchCount(FUNDING_APPLICATION)).isZero();
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_title_longer_than_the_database_keeps_and_a_period_ending_before_it_starts_are_refused_at_the_fields() {
        ApplicationsView view = open("ansokningar", ApplicationsView.class);
        test(view.newButton).click();
        roundTrip();
        NewApplicationDialog dialog = view.dialog;
        dialog.applicant.setValue("Långa titlar");
        test(dialog.version.title).setValue("x".repeat(301));
        dialog.version.periodStart.setValue(LocalDate.of(2026, 6, 1));
        dialog.version.periodEnd.setValue(LocalDate.of(2026, 5, 31));

        dialog.save();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.version.title.getMaxLength()).isEqualTo(300);
        assertThat(dialog.version.title.isInvalid()).isTrue();
        assertThat(dialog.version.title.getErrorMessage()).isEqualTo("Titel får vara högst 300 tecken.");
        assertThat(dialog.version.periodEnd.getErrorMessage()).isEqualTo("Perioden kan inte sluta innan den börjar.");
        assertThat(db.fetchCount(FUNDING_APPLICATION)).isZero();
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_the_list_without_the_new_button() {
        ApplicationsView view = open("ansokningar", ApplicationsView.class);
        assertThat(view.newButton.isVisible()).isFalse();
    }
}
