package se.samordnaren.meeting.noticeboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.samordnaren.common.DateFormats;
import se.samordnaren.meeting.pdf.MinutesPdfService;
import se.samordnaren.security.SystemTask;
import se.samordnaren.testsupport.DatabaseTest;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The notice board's plain routes through the whole security chain as an anonymous visitor: only what is posted
 * today is shown or downloadable; a draft, minutes approved but not yet posted and minutes taken down are not, and
 * their PDFs answer 404. No personal data beyond the protocol itself. (The browser: NoticeBoardJourneyIT.)
 */
class NoticeBoardPublicTest extends DatabaseTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    NoticeBoardJob job;
    @Autowired
    MinutesPdfService pdfs;

    MockMvc mvc;
    final LocalDate today = LocalDate.now(DateFormats.SWEDEN);
    long posted;
    long draft;
    long notYetPosted;
    long takenDown;
    String postedBody;

    @BeforeEach
    void fourMinutes() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        postedBody = data.name("Styrelsen");
        posted = minutes(postedBody, today.minusDays(30));
        data.approve(posted, today.minusDays(3), "Kristallen", null, null);
        data.notice(posted, today.minusDays(2), today.plusDays(19), today.plusDays(20));
        db.update(se.samordnaren.db.Tables.MEETING).set(se.samordnaren.db.Tables.MEETING.MINUTES_STORAGE_PLACE, "Förbundets kansli, Lund")
                .where(se.samordnaren.db.Tables.MEETING.ID.eq(posted)).execute();

        draft = minutes(data.name("Utkastorganet"), today.minusDays(10));

        notYetPosted = minutes(data.name("Väntorganet"), today.minusDays(20));
        data.approve(notYetPosted, today.minusDays(1), "Kristallen", null, null);
        data.notice(notYetPosted, today.plusDays(3), today.plusDays(24), today.plusDays(25));
        SystemTask.run("test", () -> pdfs.minutes(notYetPosted));

        takenDown = minutes(data.name("Nedtagetorganet"), today.minusDays(60));
        data.approve(takenDown, today.minusDays(50), "Kristallen", null, null);
        data.notice(takenDown, today.minusDays(49), today.minusDays(28), today.minusDays(27));
        job.run(today.minusDays(40)); // published then, its PDF stored
        job.run(today);               // posted is published, takenDown taken down
    }

    private long minutes(String bodyName, LocalDate date) {
        long meeting = data.boardMeeting(data.body(bodyName), date);
        data.paragraphWithDecision(meeting, 1, "Årsredovisning för 2020", "Att godkänna årsredovisningen");
        return meeting;
    }

    private MockHttpServletResponse anonymousGet(String path) throws Exception {
        return mvc.perform(get(path).with(anonymous())).andReturn().getResponse();
    }

    @Test
    void the_embeddable_page_shows_only_what_is_posted_today_with_its_dates_and_no_names() throws Exception {
        MockHttpServletResponse response = anonymousGet("/anslagstavla/inbaddad");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/html");
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"sv\">", "<h1>Anslagstavla – Samordningsförbundet</h1>", "<h2>" + postedBody,
                "<dt>Sista dag för överklagande</dt><dd>" + today.plusDays(19) + "</dd>",
                "<dt>Anslaget uppsatt</dt><dd>" + today.minusDays(2) + "</dd>",
                "<dt>Anslaget tas ned</dt><dd>" + today.plusDays(20) + "</dd>",
                "<dt>Datum för justering</dt><dd>" + today.minusDays(3) + "</dd>",
                "<dt>Förvaringsplats för protokollet</dt><dd>Förbundets kansli, Lund</dd>",
                "href=\"" + posted + "/protokoll.pdf\"");
        assertThat(html).doesNotContain("Utkastorganet", "Väntorganet", "Nedtagetorganet", "<script");
        // The attendees of the minutes (names in the PDF only) and the approver are not on the board.
        assertThat(html).doesNotContain("Anna Andersson", "Eva Ek", "Cecilia Ceder", "Test ");
        // Embeddable: frame-ancestors from the setting (any site by default), no X-Frame-Options, no script allowed.
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors *", "default-src 'none'")
                .doesNotContain("script-src");
        assertThat(response.getHeader("X-Frame-Options")).isNull();
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void the_pdf_of_posted_minutes_is_public_and_every_other_pdf_is_refused() throws Exception {
        MockHttpServletResponse pdf = anonymousGet("/anslagstavla/" + posted + "/protokoll.pdf");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        for (long hidden : new long[]{draft, notYetPosted, takenDown, 999_999_999L}) {
            assertThat(anonymousGet("/anslagstavla/" + hidden + "/protokoll.pdf").getStatus()).as("meeting %d", hidden).isEqualTo(404);
        }
        // The signed-in download stays closed to anonymous visitors.
        assertThat(anonymousGet("/protokoll/" + posted + ".pdf").getStatus()).isNotEqualTo(200);
    }

    @Test
    void the_feed_has_one_entry_per_posted_protocol_with_its_appeal_date_and_pdf() throws Exception {
        MockHttpServletResponse response = anonymousGet("/anslagstavla/flode");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        Document feed = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        var entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        Element entry = (Element) entries.item(0);
        assertThat(entry.getElementsByTagNameNS("*", "title").item(0).getTextContent()).startsWith(postedBody + ", sammanträde ");
        assertThat(entry.getElementsByTagNameNS("*", "summary").item(0).getTextContent())
                .contains("sista dag för överklagande " + today.plusDays(19), "Anslaget uppsatt " + today.minusDays(2),
                        "Förvaringsplats: Förbundets kansli, Lund");
        assertThat(((Element) entry.getElementsByTagNameNS("*", "link").item(0)).getAttribute("href"))
                .endsWith("/anslagstavla/" + posted + "/protokoll.pdf");
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8))
                .doesNotContain("Utkastorganet", "Väntorganet", "Nedtagetorganet", "Anna Andersson");
    }

    @Test
    void nothing_is_posted_shows_a_sentence_and_an_empty_feed() throws Exception {
        data.notice(posted, today.plusDays(1), today.plusDays(22), today.plusDays(23));

        assertThat(anonymousGet("/anslagstavla/inbaddad").getContentAsString(StandardCharsets.UTF_8))
                .contains("Inga protokoll är anslagna just nu.").doesNotContain(postedBody);
        assertThat(anonymousGet("/anslagstavla/flode").getContentAsString(StandardCharsets.UTF_8)).doesNotContain("<entry>");
        assertThat(anonymousGet("/anslagstavla/" + posted + "/protokoll.pdf").getStatus()).isEqualTo(404);
    }
}
