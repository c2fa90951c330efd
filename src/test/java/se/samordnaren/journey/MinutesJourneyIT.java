package se.samordnaren.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.TestData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION_CLAUSE;
import static se.samordnaren.db.Tables.MEETING;

/**
 * The minutes from start to justering in headless Chromium: a förbundschef plans a board meeting, adds a § with a
 * decision, approves the minutes, sees them locked and downloads the protocol as PDF. Runs in failsafe (verify).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MinutesJourneyIT {

    private static final String USERNAME = "protokoll.chef";
    private static final String PASSWORD = "protokoll-losen-2026";
    private static final String BODY_NAME = "Styrelsen";
    private static final String CLAUSE = "Att bevilja Lunds kommun medel för projektet ”En väg in” under 2027";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    DSLContext db;
    @Autowired
    PasswordEncoder passwordEncoder;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void signInUserBodyAndPage() {
        TestData data = new TestData(db);
        data.reset();
        data.insertUser(passwordEncoder, USERNAME, Role.FORBUNDSCHEF, PASSWORD);
        db.insertInto(BODY).set(BODY.NAME, BODY_NAME).set(BODY.BODY_TYPE, "BOARD")
                .set(BODY.DECISION_VERB, "Styrelsen beslutade").execute();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(1280, 900));
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(60_000);
        // The first page of a dev-mode app can take long on a loaded 2-core CI machine.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void forbundschef_plans_a_meeting_writes_a_decision_approves_the_minutes_and_gets_the_pdf(TestInfo test) throws Exception {
        LocalDate meetingDate = LocalDate.now().minusDays(3);
        try {
            page.navigate(base() + "/sammantraden");
            assertThat(page).hasTitle("Logga in – Samordnaren");
            page.getByLabel("Användarnamn").fill(USERNAME);
            page.getByLabel("Lösenord").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

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
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText(BODY_NAME))).isVisible();
            long meetingId = db.select(MEETING.ID).from(MEETING).fetchSingle(MEETING.ID);

            // A § …
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till paragraf")).click();
            Locator paragraph = dialog("Ny paragraf");
            Locator title = paragraph.getByLabel("Rubrik");
            assertThat(title).isVisible();
            title.fill("Ansökan om medel för projektet ”En väg in”");
            paragraph.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
            assertThat(page.locator("#paragraf-1 h3")).hasText("§ 1 Ansökan om medel för projektet ”En väg in”");

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
                    .isEqualTo("APPROVED");

            // The protocol as PDF, fetched with the signed-in page's cookies.
            Locator pdfLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Protokoll som PDF"));
            assertThat(pdfLink).hasAttribute("href", "/protokoll/" + meetingId + ".pdf");
            APIResponse pdf = page.request().get(base() + pdfLink.getAttribute("href"));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } catch (Throwable failure) {
            Path shot = Paths.get("target", "playwright", test.getDisplayName().replaceAll("[^A-Za-z0-9_-]", "_") + ".png");
            Files.createDirectories(shot.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            throw failure;
        }
    }

    /** The open dialog with the given title (Vaadin labels the dialog with its header title). */
    private Locator dialog(String title) {
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).hasAttribute("aria-label", title);
        return dialog;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
