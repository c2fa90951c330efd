package se.samordnaren.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.testsupport.BrowserJourney;

import java.time.LocalDate;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.security.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_OVERVIEW;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;

/**
 * A förbundschef in headless Chromium: registers a received application, records the working committee's proposal
 * and the board's decision by choosing their § of the minutes, and then sees the insats with the granted money and
 * the "Beslutat: Styrelsen … § N" link.
 */
class ApplicationGrantJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "resa-losen-2026";

    // Decisions on an application come after it was received (today, when the journey registers it).
    private static final LocalDate AU_DATE = LocalDate.now().plusDays(7);
    private static final LocalDate BOARD_DATE = LocalDate.now().plusDays(21);
    private String suffix;
    private String username;
    private String boardName;
    private String auName;

    @BeforeEach
    void minutesAndUser() {
        suffix = data.tag;
        username = "resa.ansokan." + suffix;
        boardName = data.boardName();
        auName = data.workingCommitteeName();
        // The working committee proposes (to the board), the board grants.
        data.paragraphWithDecision(data.meeting(data.workingCommittee(), AU_DATE), 3, "Ansökan om medel: Resan", DecisionOutcome.PROPOSAL);
        data.paragraphWithDecision(data.meeting(data.board(), BOARD_DATE), 7, "Ansökan om medel: Resan", DecisionOutcome.GRANTED);
        data.insertUser(passwordEncoder, username, Role.FORBUNDSCHEF, PASSWORD);
    }

    @Override
    protected int viewportHeight() {
        return 1000;
    }

    @Test
    void an_application_received_proposed_and_granted_at_a_board_meeting_shows_up_on_its_insats() {
        String title = "Resan " + suffix;
        page.navigate(url("/ansokningar"));
        signIn(username, PASSWORD);
        assertThat(page).hasTitle("Ansökningar");

        // Received: "Ny ansökan".
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ny ansökan")).click();
        Locator applicant = page.getByRole(AriaRole.DIALOG).getByLabel("Sökande");
        applicant.click();
        applicant.pressSequentially("Resebyrån " + suffix);
        applicant.press("Enter");
        applicant.press("Tab");
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Period från").fill("2026-07-01");
        page.getByLabel("Period från").press("Enter");
        page.getByLabel("Period till").fill("2027-12-31");
        page.getByLabel("Period till").press("Enter");
        // Amounts are MoneyFields: the label names the field (a group), the text box is inside it.
        page.getByLabel("Sökt 2026").locator("input").fill("250 000");
        page.getByLabel("Sökt 2027").locator("input").fill("500000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();

        assertThat(page).hasTitle(title);
        assertThat(page.locator(".application-badge")).hasText("Inkommen");

        // The working committee's proposal: choose its §.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("AU:s förslag")).click();
        choose(page.getByLabel("Beslut i protokollet (§)"), auName + " " + AU_DATE);
        page.getByRole(AriaRole.DIALOG).locator("vaadin-select").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("bifall")).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator(".application-badge")).hasText("Föreslagen");

        // The board's decision: choose its §; granting creates the insats.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Styrelsens beslut")).click();
        choose(page.getByLabel("Beslut i protokollet (§)"), boardName + " " + BOARD_DATE);
        assertThat(page.getByLabel("Insatsens namn")).hasValue(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator(".application-badge")).hasText("Beviljad");
        Locator insats = page.getByText("Insats: " + title);
        assertThat(insats).isVisible();
        assertThat(page.getByText("Beslutat: " + boardName + " " + BOARD_DATE + " § 7").first()).isVisible();
        assertThat(page.getByText("500\u00a0000\u00a0kr").first()).isVisible();

        Long initiativeId = db.select(FUNDING_APPLICATION_OVERVIEW.INITIATIVE_ID).from(FUNDING_APPLICATION_OVERVIEW)
                .where(FUNDING_APPLICATION_OVERVIEW.TITLE.eq(title)).fetchSingle().value1();
        assertThat(db.fetchValues(db.select(INITIATIVE_GRANT.AMOUNT).from(INITIATIVE_GRANT)
                .where(INITIATIVE_GRANT.INITIATIVE_ID.eq(initiativeId)).orderBy(INITIATIVE_GRANT.YEAR)))
                .extracting(java.math.BigDecimal::intValue).containsExactly(250_000, 500_000);

        // The insats page: the granted money and where it was decided.
        insats.click();
        page.waitForURL("**/insatser/" + initiativeId);
        assertThat(page.getByText("Beslutat: " + boardName + " " + BOARD_DATE + " § 7").first()).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Pengar")).click();
        assertThat(page.getByText("500\u00a0000\u00a0kr").first()).isVisible();
        assertThat(page.getByText(boardName + " " + BOARD_DATE + " § 7").first()).isVisible();
    }

    /** Opens a combo box and clicks the option containing the given text. */
    private void choose(Locator comboBox, String optionStart) {
        comboBox.click();
        comboBox.press("ArrowDown"); // opens the list
        Locator option = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(optionStart)).first();
        option.click();
    }
}
