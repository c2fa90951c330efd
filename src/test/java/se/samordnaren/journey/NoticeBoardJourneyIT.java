package se.samordnaren.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samordnaren.common.DateFormats;
import se.samordnaren.meeting.pdf.MinutesPdfService;
import se.samordnaren.security.SystemTask;
import se.samordnaren.testsupport.BrowserJourney;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous browser on the public notice board: the posted protocol with its appeal date, its PDF downloaded;
 * minutes taken down are neither shown nor downloadable; the embeddable page works without script.
 */
class NoticeBoardJourneyIT extends BrowserJourney {

    @Autowired
    MinutesPdfService pdfs;

    final LocalDate today = LocalDate.now(DateFormats.SWEDEN);
    String postedBody;
    String takenDownBody;
    long posted;
    long takenDown;

    @BeforeEach
    void postedAndTakenDownMinutes() {
        data.reset();
        postedBody = data.name("Styrelsen");
        takenDownBody = data.name("Arbetsutskottet");
        posted = minutes(postedBody, today.minusDays(20));
        data.approve(posted, today.minusDays(4), "Kristallen", null, null);
        data.notice(posted, today.minusDays(3), today.plusDays(18), today.plusDays(19));
        takenDown = minutes(takenDownBody, today.minusDays(90));
        data.approve(takenDown, today.minusDays(80), "Kristallen", null, null);
        data.notice(takenDown, today.minusDays(79), today.minusDays(58), today.minusDays(57));
        SystemTask.run("anslag", () -> {
            pdfs.minutes(posted);
            pdfs.minutes(takenDown);
        });
    }

    private long minutes(String body, LocalDate date) {
        long meeting = data.boardMeeting(data.body(body), date);
        data.paragraphWithDecision(meeting, 1, "Årsredovisning för 2020", "Att godkänna årsredovisningen");
        return meeting;
    }

    @Test
    void an_anonymous_visitor_sees_the_posted_protocol_with_its_appeal_date_and_downloads_its_pdf() {
        page.navigate(url("/anslagstavla"));

        assertThat(page).hasTitle("Anslagstavla");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Anslagstavla – Samordningsförbundet");
        Locator item = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(postedBody));
        assertThat(item.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2))).containsText(postedBody);
        assertThat(item).containsText("Sista dag för överklagande");
        assertThat(item).containsText(today.plusDays(18).toString());
        assertThat(page.getByText(takenDownBody)).hasCount(0);

        Locator pdfLink = item.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("(PDF)"));
        String href = pdfLink.getAttribute("href");
        assertThat(href).isEqualTo("anslagstavla/" + posted + "/protokoll.pdf");
        APIResponse pdf = page.request().get(url("/" + href));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        APIResponse refused = page.request().get(url("/anslagstavla/" + takenDown + "/protokoll.pdf"));
        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void the_embeddable_page_shows_the_same_at_a_phones_width_without_script() {
        var narrow = page;
        narrow.setViewportSize(320, 800);
        narrow.navigate(url("/anslagstavla/inbaddad"));

        assertThat(narrow.locator("html")).hasAttribute("lang", "sv");
        assertThat(narrow.locator("script")).hasCount(0);
        Locator item = narrow.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(postedBody));
        assertThat(item).containsText(today.plusDays(18).toString());
        // Nothing wider than the phone: no horizontal scrolling.
        Object scrollWidth = narrow.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(320);
        APIResponse pdf = narrow.request().get(url("/anslagstavla/" + posted + "/protokoll.pdf"));
        assertThat(pdf.status()).isEqualTo(200);
    }
}
