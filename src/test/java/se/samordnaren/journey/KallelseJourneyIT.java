package se.samordnaren.journey;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.people.AppointmentRole;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;
import se.samordnaren.testsupport.TestMail;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kallelse in headless Chromium: the secretary opens a planned meeting, produces the kallelse, downloads the PDF
 * and sends it; the suite's test mail server receives it for the member with an address. Runs in failsafe (verify).
 */
class KallelseJourneyIT extends BrowserJourney {

    private static final String USERNAME = "kallelse.sekreterare";
    private static final String PASSWORD = "kallelse-losen-2026";

    private long meeting;

    @BeforeEach
    void plannedMeetingWithAgenda() {
        data.reset();
        TestMail.purge();
        data.insertUser(passwordEncoder, USERNAME, Role.SEKRETERARE, PASSWORD);
        long committee = data.body("Arbetsutskottet");
        long chair = data.invitee("Göran Wallén", "goran.wallen@example.se");
        long substitute = data.person("Eva Olsson");
        data.appointment(chair, committee, AppointmentRole.CHAIR, null, LocalDate.of(2019, 1, 1), null);
        data.appointment(substitute, committee, AppointmentRole.SUBSTITUTE, null, LocalDate.of(2019, 1, 1), null);
        meeting = data.meeting(committee, LocalDate.now().plusDays(7), "Kommunhuset Kristallen", MeetingStatus.PLANNED);
        long point = data.kallelsePoint(meeting, 1, "Ansökan från Vuxenskolan", null, "föreslå styrelsen att bevilja ansökan");
        data.kallelsePaper(point, "Ansökan Vuxenskolan.pdf");
    }

    @Test
    void the_secretary_produces_downloads_and_sends_the_kallelse() throws Exception {
        page.navigate(url("/sammantraden/" + meeting));
        signIn(USERNAME, PASSWORD);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kallelse")).click();
        Locator kallelse = dialog("Kallelse");
        assertThat(kallelse).containsText("Saknar e-postadress: Eva Olsson.");
        kallelse.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skapa kallelse")).click();

        Locator link = kallelse.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kallelse, version 1 (PDF)"));
        Download download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).startsWith("kallelse-arbetsutskottet-").endsWith(".pdf");
        String text = text(Files.readAllBytes(download.path()));
        assertThat(text).contains("KALLELSE", "Kallelse till sammanträde med Arbetsutskottet", "Kommunhuset Kristallen",
                "Att föreslå styrelsen att bevilja ansökan", "Ansökan Vuxenskolan.pdf", "Göran Wallén, ordförande");

        kallelse.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skicka kallelse (version 1)")).click();
        assertThat(kallelse.locator(".invitation-outcome")).containsText("skickades till 1 mottagare");
        assertThat(kallelse.locator(".invitation-sent")).containsText("till 1 mottagare");

        var mail = TestMail.waitFor(1).getFirst();
        assertThat(TestMail.recipient(mail)).isEqualTo("goran.wallen@example.se");
        assertThat(mail.getSubject()).startsWith("Kallelse: Arbetsutskottet ");
        assertThat(TestMail.attachments(mail)).singleElement()
                .satisfies(a -> assertThat(a.content()).isEqualTo(Files.readAllBytes(download.path())));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
