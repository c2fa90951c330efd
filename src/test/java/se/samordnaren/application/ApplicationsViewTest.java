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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The applications list driven like a user would, against the real database. */
@SpringBootTest
@ActiveProfiles("test")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApplicationsViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext db;
    @Autowired
    FundingApplicationService applications;
    Minutes minutes;

    @BeforeEach
    void minutes() {
        minutes = new Minutes(db);
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void the_list_shows_applicant_title_version_requested_total_and_latest_step_filtered_by_applicant() {
        applications.create(new NewApplication(null, "Listföreningen " + minutes.suffix, "Dnr 1", null, null,
                FundingApplicationServiceTest.version("Listprojektet", LocalDate.of(2026, 4, 1), 2026, 100_000, 50_000)));
        ApplicationsView view = navigate(ApplicationsView.class);
        assertThat(view.getPageTitle()).isEqualTo("Ansökningar");
        assertThat(view.newButton.getText()).isEqualTo("Ny ansökan");

        test(view.applicant).setValue(minutes.suffix);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getHeaderCell(1)).isEqualTo("Sökande");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Listföreningen " + minutes.suffix);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Listprojektet");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("1");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("150\u00a0000\u00a0kr");
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("Inkom 2026-04-01");

        test(view.status).selectItem("Beredd");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void ny_ansokan_registers_version_1_with_amounts_per_year_and_opens_it() {
        ApplicationsView view = navigate(ApplicationsView.class);
        test(view.newButton).click();
        roundTrip();
        ApplicationsView.NewApplicationDialog dialog = view.dialog;
        assertThat(dialog.isOpened()).isTrue();
        String applicant = "Nyföreningen " + minutes.suffix;
        dialog.applicant.setValue(applicant);
        test(dialog.caseNumber).setValue("Dnr 2026.042");
        test(dialog.version.title).setValue("Nya vägar " + minutes.suffix);
        dialog.version.periodStart.setValue(LocalDate.of(2026, 7, 1));
        dialog.version.periodEnd.setValue(LocalDate.of(2027, 6, 30));
        assertThat(dialog.version.amounts).containsOnlyKeys(2026, 2027);
        dialog.version.amounts.get(2026).setValue(new BigDecimal("200000"));
        dialog.version.amounts.get(2027).setValue(new BigDecimal("250000"));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        ApplicationView opened = (ApplicationView) getCurrentView();
        assertThat(opened.application.applicant()).isEqualTo(applicant);
        assertThat(opened.application.latestVersion().requested()).extracting(r -> r.year() + "=" + r.amount().intValue())
                .containsExactly("2026=200000", "2027=250000");
        assertThat(opened.application.status()).isEqualTo(ApplicationStatus.RECEIVED);
    }

    @Test
    @WithMockUser(username = "beredning", roles = "BEREDNINGSGRUPP")
    void a_new_application_without_applicant_is_refused_and_the_dialog_keeps_what_was_typed() {
        ApplicationsView view = navigate(ApplicationsView.class);
        test(view.newButton).click();
        roundTrip();
        test(view.dialog.version.title).setValue("Utan sökande");
        test(view.dialog.save).click();

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.version.title.getValue()).isEqualTo("Utan sökande");
        List<Notification> notifications = find(Notification.class).all();
        assertThat(test(notifications.getLast()).getText()).isEqualTo("Ange vem som söker: en medlem eller en annan organisation.");
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void the_board_reads_the_list_without_the_new_button() {
        ApplicationsView view = navigate(ApplicationsView.class);
        assertThat(view.newButton.isVisible()).isFalse();
    }
}
