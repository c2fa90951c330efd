package se.samordnaren.journey;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.APP_USER;
import static se.samordnaren.db.Tables.ATTACHMENT;
import static se.samordnaren.db.Tables.CO_FINANCING;

/**
 * What an attacker or a careless user does in a real browser: a disabled user's open tab, typed addresses that do not
 * exist, the headers and cookie every page carries, and an upload with the browser's size limit removed.
 */
class SecurityJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "resa-losen-2026";
    private static final String CHEF = "resa.chef";
    private static final String EKONOM = "resa.ekonom";
    private static final String SIGNED_OUT = "Du har loggats ut eftersom ditt konto har ändrats eller stängts av.";

    private long initiative;
    private long meeting;

    @BeforeEach
    void data() {
        data.reset();
        data.insertUser(passwordEncoder, CHEF, Role.FORBUNDSCHEF, PASSWORD);
        data.insertUser(passwordEncoder, EKONOM, Role.EKONOM, PASSWORD);
        initiative = data.initiative("Vägen in", se.samordnaren.initiative.InitiativeStatus.IDEA, null, null);
        meeting = data.heldMeeting(data.body("Styrelsen"), LocalDate.of(2026, 3, 19), null);
        data.item(meeting, 1, "Mötets öppnande", null);
    }

    @Test
    void a_disabled_users_open_tab_fails_at_the_next_click_and_lands_on_the_login_page_and_the_old_session_gets_no_pdf()
            throws Exception {
        // The ekonom works on an insats: the co-financing dialog is open and filled in.
        page.navigate(url("/insatser/" + initiative));
        signIn(EKONOM, PASSWORD);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Pengar")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till medfinansiering")).click();
        Locator amount = page.getByRole(AriaRole.DIALOG).getByLabel("Belopp (kr)").locator("input");
        amount.fill("125000");
        String oldSession = sessionCookie();
        assertThat(pdfStatus(oldSession)).as("the PDF while the account is active").isEqualTo(200);

        // Meanwhile the förbundschef disables the ekonom.
        Page chef = pageInAnotherBrowser();
        chef.navigate(url("/anvandare"));
        signIn(chef, CHEF, PASSWORD);
        chef.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Test " + EKONOM)).click();
        chef.getByLabel("Får logga in").uncheck();
        chef.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(chef.getByText("Användaren Test " + EKONOM + " har sparats.")).isVisible();
        assertThat(db.select(APP_USER.ENABLED).from(APP_USER).where(APP_USER.USERNAME.eq(EKONOM)).fetchSingle().value1()).isFalse();

        // The ekonom's next click: nothing saved, the login page says why.
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
        page.waitForURL("**/login**");
        assertThat(page.getByText(SIGNED_OUT)).isVisible();
        assertThat(page).hasTitle("Logga in – Samordnaren");
        assertThat(db.fetchCount(CO_FINANCING)).isZero();

        // The session the ekonom had gets no protocol either.
        assertThat(pdfStatus(oldSession)).as("the PDF with the old session").isNotEqualTo(200);
    }

    @Test
    void malformed_and_unknown_addresses_show_a_swedish_not_found_page_without_a_stack_trace() {
        // Anonymous: a file address leads to the login page first.
        page.navigate(url("/bilagor/xyz"));
        signIn(CHEF, PASSWORD);
        assertNotFoundPage();

        for (String address : List.of("/sammantraden/abc", "/sammantraden/99999999999999999999", "/insatser/abc",
                "/ansokningar/99999999999999999999", "/bilagor/999999999999999999999", "/protokoll/abc.pdf",
                "/protokoll/99999999999999999999.pdf", "/finns/inte")) {
            page.navigate(url(address));
            assertNotFoundPage();
        }
        // Well-formed ids of files that do not exist: HTTP 404 with the Swedish page.
        for (String address : List.of("/bilagor/999999", "/protokoll/999999.pdf")) {
            Response response = page.navigate(url(address));
            assertThat(response.status()).as(address).isEqualTo(404);
            assertNotFoundPage();
        }
    }

    /**
     * The roles of a navigation are checked on the real request (security.DirectRolesNavigationAccessControl): over
     * real HTTP the ekonom gets the views of the role and the not-found page for the administrator's user list. (A page
     * load's view is built by the same navigation event over UIDL that a link inside the application sends.)
     */
    @Test
    void a_view_opens_for_the_roles_it_names_and_refuses_the_others_on_real_requests() {
        page.navigate(url("/oversikt"));
        signIn(EKONOM, PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Styrelsens översikt");
        page.navigate(url("/anvandare"));
        assertNotFoundPage();
        page.navigate(url("/beslut"));
        assertThat(page.locator("body")).not().containsText("finns inte");
    }

    private void assertNotFoundPage() {
        assertThat(page.locator("body")).containsText("finns inte");
        String text = page.locator("body").innerText();
        assertThat(text).as(page.url()).doesNotContain("Exception", "at se.samordnaren", "at com.vaadin", "Whitelabel",
                "Access to", "Internal error");
    }

    @Test
    void pages_carry_the_security_headers_the_session_cookie_is_samesite_and_never_in_an_address() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");

        HttpResponse<String> vaadin = http.send(HttpRequest.newBuilder(URI.create(url("/VAADIN/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(vaadin.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");

        // The application works under the policy: nothing refused while signing in and using a few views.
        List<String> refused = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                refused.add(message.text());
            }
        });
        page.navigate(url("/"));
        signIn(CHEF, PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        page.navigate(url("/insatser/" + initiative));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Pengar")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till medfinansiering")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByLabel("Belopp (kr)").locator("input")).isVisible();
        page.navigate(url("/sammantraden/" + meeting));
        assertThat(page.getByText("Mötets öppnande")).isVisible();
        assertThat(refused).isEmpty();
    }

    @Test
    void an_oversized_upload_with_the_browsers_limit_removed_is_refused_with_the_swedish_message() {
        long report = data.report(initiative, se.samordnaren.initiative.ReportKind.LAGESRAPPORT, LocalDate.of(2026, 3, 10));
        page.navigate(url("/insatser/" + initiative));
        signIn(CHEF, PASSWORD);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Rapporter")).click();
        Locator upload = page.locator("vaadin-upload").first();
        assertThat(upload).isVisible();
        // What a tampering user does in the developer tools: no size limit in the browser.
        upload.evaluate("u => u.maxFileSize = Infinity");

        byte[] content = new byte[30 * 1024 * 1024];
        byte[] start = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, content, 0, start.length);
        Arrays.fill(content, start.length, content.length, (byte) ' ');
        FileChooser chooser = page.waitForFileChooser(() -> upload.locator("vaadin-button[slot='add-button']").click());
        chooser.setFiles(new FilePayload("stor.pdf", "application/pdf", content));

        assertThat(page.getByText("Filen kunde inte tas emot: Filen är större än 25 MB.")).isVisible();
        assertThat(upload.locator("vaadin-upload-file")).containsText("Filen är större än 25 MB.");
        assertThat(db.fetchCount(ATTACHMENT, ATTACHMENT.REPORT_ID.eq(report))).isZero();
    }

    private String sessionCookie() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElseThrow();
    }

    /** GET of the meeting's PDF with the given session cookie only (a copy of the cookie, as a script would use). */
    private int pdfStatus(String session) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url("/protokoll/" + meeting + ".pdf")))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 200) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        }
        return response.statusCode();
    }
}
