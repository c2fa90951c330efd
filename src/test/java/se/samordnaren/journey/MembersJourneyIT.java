package se.samordnaren.journey;

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
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * A real user's first steps in headless Chromium: log in on the Swedish login page, open Medlemmar, add a member,
 * see it listed. Runs in failsafe (verify) against the application on a random port and its embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MembersJourneyIT {

    private static final String USERNAME = "resa.chef";
    private static final String PASSWORD = "resa-losen-2026";

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
        // Playwright's launch() gives Chromium a fresh temporary profile itself (it refuses --user-data-dir).
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
    void signInUserAndPage() {
        TestData data = new TestData(db);
        data.reset();
        data.insertUser(passwordEncoder, USERNAME, Role.FORBUNDSCHEF, PASSWORD);
        context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void forbundschef_logs_in_opens_medlemmar_adds_a_member_and_sees_it_listed(TestInfo test) throws Exception {
        try {
            page.navigate("http://localhost:" + port + "/medlemmar");

            // Not signed in: the Swedish login page.
            assertThat(page).hasTitle("Logga in – Samordnaren");
            page.getByLabel("Användarnamn").fill(USERNAME);
            page.getByLabel("Lösenord").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

            // Signed in: the shell with the navigation; open Medlemmar from it.
            Locator nav = page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Medlemmar"));
            nav.first().click();
            assertThat(page).hasTitle("Medlemmar");
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Medlemmar"))).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till medlem")).click();
            // The dialog's host element has no box of its own; its fields are what the user sees.
            assertThat(page.getByRole(AriaRole.DIALOG)).hasAttribute("aria-label", "Lägg till medlem");
            Locator name = page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true));
            assertThat(name).isVisible();
            name.fill("Lunds kommun");
            page.getByLabel("Organisationsnummer").fill("212000-1124");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();

            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Lunds kommun"))).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("212000-1124"))).isVisible();
            assertThat(db.fetchValues(db.select(MEMBER.NAME).from(MEMBER))).containsExactly("Lunds kommun");
        } catch (Throwable failure) {
            Path shot = Paths.get("target", "playwright", test.getDisplayName().replaceAll("[^A-Za-z0-9_-]", "_") + ".png");
            Files.createDirectories(shot.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            throw failure;
        }
    }
}
