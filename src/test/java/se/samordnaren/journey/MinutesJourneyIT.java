package se.samordnaren.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.DECISION_CLAUSE;
import static se.samordnaren.db.Tables.MEETING;

/**
 * The minutes from start to justering in headless Chromium: a förbundschef plans a board meeting, adds a § with a
 * decision, approves the minutes, sees them locked and downloads the protocol as PDF. Runs in failsafe (verify).
 */
class MinutesJourneyIT extends BrowserJourney {

    private static final String USERNAME = "protokoll.chef";
    private static final String PASSWORD = "protokoll-losen-2026";
    private static final String BODY_NAME = "Styrelsen";
    private static final String CLAUSE = "Att bevilja Lunds kommun medel för projektet ”En väg in” under 2027";

    @BeforeEach
    void signInUserAndBody() {
        data.reset();
        data.insertUser(passwordEncoder, USERNAME, Role.FORBUNDSCHEF, PASSWORD);
        data.body(BODY_NAME);
    }

    @Test
    void forbundschef_plans_a_meeting_writes_a_decision_approves_the_minutes_and_gets_the_pdf() {
        LocalDate meetingDate = LocalDate.now().minusDays(3);
        page.navigate(url("/sammantraden"));
        signIn(USERNAME, PASSWORD);

        // Sammanträden from the navigation.
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Sammanträden")).first().click();
        assertThat(page).hasTitle("Sammanträden");

        // Plan a board meeting.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planera sammanträde")).click();
        Locator plan = dialog("Planera sammanträde");
        Locator body = plan.getByLabel("Organ");
        body.fill(BODY_NAME);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(BODY_NAME)).first().click();
        assertThat(body).hasValue(BODY_NAME);
        Locator date = plan.getByLabel("Datum");
        date.fill(meetingDate.toString());
        date.press("Enter");
        assertThat(date).hasValue(meetingDate.toString());
        plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();

        // The new meeting opens.
        page.waitForURL(Pattern.compile(".*/sammantraden/\\d+.*"));
        assertThat(page.locator("h1", new Page.LocatorOptions().setHasText(BODY_NAME))).isVisible();
        long meetingId = db.select(MEETING.ID).from(MEETING).fetchSingle(MEETING.ID);

        // A § …
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till paragraf")).click();
        Locator paragraph = dialog("Ny paragraf");
        Locator title = paragraph.getByLabel("Rubrik");
        assertThat(title).isVisible();
        title.fill("Ansökan om medel för projektet ”En väg in”");
        paragraph.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator("#paragraf-1 h2")).hasText("§ 1 Ansökan om medel för projektet ”En väg in”");

        // … with a decision.
        page.locator("#paragraf-1").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lägg till beslut")).click();
        Locator decision = page.getByRole(AriaRole.DIALOG);
        Locator outcome = decision.getByLabel("Utfall");
        assertThat(outcome).isVisible();
        outcome.click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Beviljas")).first().click();
        decision.getByLabel("Att-satser").fill(CLAUSE);
        decision.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.locator("#paragraf-1 .decision-clauses li")).hasText(CLAUSE);
        assertThat(page.locator("#paragraf-1 .decision")).containsText("Beviljas");

        // Justering.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Justera protokollet")).click();
        Locator approval = dialog("Justera protokollet");
        Locator approvalDate = approval.getByLabel("Justeringsdatum");
        assertThat(approvalDate).hasValue(LocalDate.now().toString());
        approval.getByLabel("Justeringsplats").fill("Kommunhuset Kristallen");
        approval.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Justera protokollet")).click();

        // Locked: the note, no edit controls.
        assertThat(page.locator(".minutes-locked")).containsText("Protokollet är justerat den");
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till paragraf"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ändra närvaro"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Justera protokollet"))).hasCount(0);
        assertThat(page.locator(".edit-control")).hasCount(0);
        assertThat(db.fetchValues(db.select(DECISION_CLAUSE.TEXT).from(DECISION_CLAUSE))).containsExactly(CLAUSE);
        assertThat(db.select(MEETING.STATUS).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchSingle(MEETING.STATUS))
                .isEqualTo(se.samordnaren.meeting.MeetingStatus.APPROVED);

        // The protocol as PDF, fetched with the signed-in page's cookies.
        Locator pdfLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Protokoll som PDF"));
        assertThat(pdfLink).hasAttribute("href", "/protokoll/" + meetingId + ".pdf");
        APIResponse pdf = page.request().get(url(pdfLink.getAttribute("href")));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
