package se.samordnaren.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Saves through the application as a user does, in headless Chromium (the machine's /usr/bin/chromium or
 * SAMORDNAREN_CHROMIUM), for the two-node checks of load/two-nodes.sh:
 * <ul>
 *   <li>{@code cross-node URL_A URL_B NAME}: signs in on node A, adds the person NAME under Personer, then signs in on
 *       node B in another browser and finds NAME there. Exit code 0 when node B shows it.</li>
 *   <li>{@code writer URL SECONDS PREFIX FILE}: for SECONDS (or until FILE.stop exists) adds persons "PREFIX 1", "PREFIX 2" … through URL (the
 *       load balancer), one after the other, each counted as committed only once the application said it was saved
 *       ("… har sparats."); when the session is lost (its node stopped) it signs in again and goes on. Writes the
 *       confirmed names to FILE and prints the counts.</li>
 * </ul>
 * {@code capture URL [PATH ...]} prints the browser's requests while it signs in and opens the paths (the protocol the
 * simulation speaks). User and password: system properties load.username / load.password (the demo's chef by default).
 */
public final class BrowserWrites {

    private static final String USERNAME = System.getProperty("load.username", "chef");
    private static final String PASSWORD = System.getProperty("load.password", "demo-losen-2026");

    private BrowserWrites() {
    }

    public static void main(String[] args) throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        if (args.length == 3 && args[0].equals("cross-node")) {
            System.exit(crossNode(args[1], args[2], "Lasttest " + Instant.now().getEpochSecond() + " nod A till B"));
        } else if (args.length == 5 && args[0].equals("writer")) {
            System.exit(writer(args[1], Integer.parseInt(args[2]), args[3], Paths.get(args[4])));
        } else if (args.length >= 2 && args[0].equals("capture")) {
            System.exit(capture(args[1], java.util.Arrays.asList(args).subList(2, args.length)));
        } else {
            System.err.println("usage: cross-node URL_A URL_B | writer URL SECONDS PREFIX FILE | capture URL [PATH ...]");
            System.exit(2);
        }
    }

    static int crossNode(String nodeA, String nodeB, String name) {
        try (Playwright playwright = Playwright.create(); Browser browser = launch(playwright)) {
            Page onA = newPage(browser);
            signIn(onA, nodeA + "/personer");
            addPerson(onA, name);
            System.out.println("saved through " + nodeA + ": " + name);

            Page onB = newPage(browser);
            signIn(onB, nodeB + "/personer");
            onB.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Sök namn eller organisation")).fill(name);
            assertThat(onB.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name))).isVisible();
            System.out.println("seen through " + nodeB + ": " + name);
            System.out.println("CROSS-NODE OK");
            return 0;
        } catch (PlaywrightException | AssertionError failure) {
            System.out.println("CROSS-NODE FAILED: " + failure.getMessage().lines().limit(3).toList());
            return 1;
        }
    }

    static int writer(String url, int seconds, String prefix, Path confirmedFile) throws Exception {
        List<String> confirmed = new ArrayList<>();
        int attempts = 0;
        int signIns = 0;
        int failures = 0;
        long end = System.currentTimeMillis() + seconds * 1000L;
        try (Playwright playwright = Playwright.create(); Browser browser = launch(playwright)) {
            Page page = null;
            // Until SECONDS have passed or FILE.stop exists (load/two-nodes.sh makes it when the load is over).
            Path stop = Paths.get(confirmedFile + ".stop");
            while (System.currentTimeMillis() < end && !Files.exists(stop)) {
                try {
                    if (page == null) {
                        page = newPage(browser);
                        signIn(page, url + "/personer");
                        signIns++;
                        // The balancer's sticky cookie names the node this browser is on (load/two-nodes.sh stops it).
                        page.context().cookies().stream().filter(c -> c.name.equals("SAMORDNAREN_NODE")).findFirst()
                                .ifPresent(c -> System.out.println("writer on node " + c.value));
                    }
                    String name = prefix + " " + (attempts + 1);
                    attempts++;
                    addPerson(page, name);
                    confirmed.add(name);
                } catch (PlaywrightException | AssertionError lost) {
                    // The node went away (or answered with an error): start over in a new browser session.
                    failures++;
                    System.out.println("writer: " + lost.getMessage().lines().limit(3).toList() + " — signing in again");
                    if (page != null) {
                        page.context().close();
                    }
                    page = null;
                    Thread.sleep(1000);
                }
            }
        }
        Files.write(confirmedFile, confirmed);
        System.out.println("WRITER attempted=" + attempts + " confirmed=" + confirmed.size() + " signIns=" + signIns
                + " interrupted=" + failures);
        return 0;
    }

    /**
     * The browser's own requests while it signs in and opens each PATH (client-side, through the side navigation's
     * link when there is one, else as a page load): method, address, body and status, static files left out. This is
     * where the simulation's request shapes come from; run it again after a Vaadin upgrade and compare.
     */
    static int capture(String url, List<String> paths) {
        try (Playwright playwright = Playwright.create(); Browser browser = launch(playwright)) {
            Page page = newPage(browser);
            page.onRequestFinished(request -> {
                String address = request.url();
                if (address.contains("/VAADIN/") || address.matches(".*\\.(js|css|woff2?|png|svg|ico)(\\?.*)?$")) {
                    return;
                }
                String body = request.postData() == null ? "" : request.postData();
                var response = request.response();
                System.out.println(request.method() + " " + address + " -> " + (response == null ? "-" : response.status())
                        + (body.isEmpty() ? "" : "\n    " + (body.length() > 600 ? body.substring(0, 600) + " …" : body)));
            });
            signIn(page, url + "/personer");
            for (String path : paths) {
                System.out.println("---- " + path);
                // The side navigation's link (inside the item's shadow root, which Playwright's CSS reaches).
                Locator link = page.locator("vaadin-side-nav a[href='" + path.replaceFirst("^/", "") + "']");
                if (link.count() > 0) {
                    link.first().click();
                } else {
                    page.navigate(url + path);
                }
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                page.waitForTimeout(1000);
            }
            return 0;
        }
    }

    private static Browser launch(Playwright playwright) {
        Path chromium = Paths.get(System.getenv().getOrDefault("SAMORDNAREN_CHROMIUM", "/usr/bin/chromium"));
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    private static Page newPage(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE").setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(30_000);
        return context.newPage();
    }

    private static void signIn(Page page, String address) {
        page.navigate(address);
        assertThat(page).hasTitle("Logga in – Samordnaren");
        page.getByLabel("Användarnamn", new Page.GetByLabelOptions().setExact(true)).fill(USERNAME);
        page.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till person"))).isVisible();
    }

    /** Personer → Lägg till person → Namn → Spara; done when the application says "NAME har sparats.". */
    private static void addPerson(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till person")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill(name);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.getByText(name + " har sparats.")).isVisible();
    }
}
