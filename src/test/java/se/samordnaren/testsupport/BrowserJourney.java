package se.samordnaren.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What every browser journey (failsafe, *IT) shares: the application on a random port, the machine's headless
 * Chromium (one per test class), a fresh Swedish browser context per test, signing in on the login page, and a
 * full-page screenshot in target/playwright when a test fails, and the fixture builder {@link #data}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMail.Initializer.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class BrowserJourney {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;
    @Autowired
    protected DSLContext db;
    @Autowired
    protected PasswordEncoder passwordEncoder;

    /** The fixture builder (journeys that need an empty database call {@code data.reset()} first). */
    protected TestData data;
    protected BrowserContext context;
    protected Page page;
    /** Further browsers of the same test (another user at another computer), closed with the test. */
    private final List<BrowserContext> otherContexts = new java.util.ArrayList<>();

    /** Takes the screenshot while the page is still open (before @AfterEach closes it), then lets the failure through. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = this::screenshotAndRethrow;

    @BeforeAll
    static void startBrowser() {
        // Debian's Chromium by default; SAMORDNAREN_CHROMIUM points elsewhere (e.g. on macOS). No browser download.
        java.nio.file.Path chromium = Paths.get(System.getenv().getOrDefault("SAMORDNAREN_CHROMIUM", "/usr/bin/chromium"));
        if (!java.nio.file.Files.isExecutable(chromium)) {
            throw new IllegalStateException("The browser journeys need Chromium at " + chromium
                    + ": install it (Debian: apt-get install chromium) or set SAMORDNAREN_CHROMIUM to its path.");
        }
        // Playwright's launch() gives Chromium a fresh temporary profile itself (it refuses --user-data-dir).
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void fixtureBuilder() {
        data = new TestData(db);
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(1280, viewportHeight()));
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(60_000);
        // The first page of a dev-mode app can take long on a loaded 2-core CI machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        otherContexts.forEach(BrowserContext::close);
        otherContexts.clear();
        if (context != null) {
            context.close();
        }
    }

    /** A page in a browser context of its own (its own cookies and session), e.g. a second user at the same time. */
    protected Page pageInAnotherBrowser() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(1280, viewportHeight()));
        other.setDefaultTimeout(60_000);
        other.setDefaultNavigationTimeout(60_000);
        otherContexts.add(other);
        return other.newPage();
    }

    /** The browser window's height in pixels (1280 wide). */
    protected int viewportHeight() {
        return 900;
    }

    /** The application's address for a path such as "/medlemmar". */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** On the Swedish login page (where an anonymous user lands): signs in with the given account. */
    protected void signIn(String username, String password) {
        signIn(page, username, password);
    }

    /** The same on another page (e.g. one from {@link #pageInAnotherBrowser()}). */
    protected void signIn(Page on, String username, String password) {
        assertThat(on).hasTitle("Logga in – Samordnaren");
        // Exact labels: the password field's reveal button is called "Visa lösenordet".
        on.getByLabel("Användarnamn", new Page.GetByLabelOptions().setExact(true)).fill(username);
        on.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill(password);
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
    }

    /** The open dialog with the given title (Vaadin labels the dialog with its header title). */
    protected Locator dialog(String title) {
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).hasAttribute("aria-label", title);
        return dialog;
    }

    private void screenshotAndRethrow(ExtensionContext test, Throwable failure) throws Throwable {
        if (page != null) {
            try {
                Path shot = Paths.get("target", "playwright", test.getDisplayName().replaceAll("[^A-Za-z0-9_-]", "_") + ".png");
                Files.createDirectories(shot.getParent());
                page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            } catch (RuntimeException | java.io.IOException screenshotFailed) {
                failure.addSuppressed(screenshotFailed);
            }
        }
        throw failure;
    }
}
