package se.samordnaren.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samordnaren.common.DateFormats;
import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.people.AppointmentRole;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.BrowserJourney;
import se.samordnaren.testsupport.TestMail;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.MEETING;

/**
 * The whole meeting cycle of issue 11 in real browsers: the secretary plans an AU meeting, the agenda proposes the
 * pending application and a due follow-up, the kallelse is downloaded and e-mailed (captured by the suite's test mail
 * server), the agenda becomes the minutes' §, the chair and the justerare sign in their own sessions, the minutes
 * lock, an anonymous visitor finds the anslag with its appeal date and the protocol whose signature page lists both,
 * and the public verification page confirms that PDF and refuses it with one byte changed.
 */
class MeetingCycleJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "cykel-losen-2026";
    private final LocalDate today = LocalDate.now(DateFormats.SWEDEN);
    // Held today: justering cannot be dated before the meeting (meeting_approval_after_meeting), and a test cannot wait.
    private final LocalDate meetingDate = today;

    private long chair;
    private long justerare;

    @BeforeEach
    void associationWithAWorkingCommittee() {
        data.reset();
        TestMail.purge();
        // Posted on the day of the last signature (no working days' delay), so the board shows it today.
        db.update(ASSOCIATION).set(ASSOCIATION.NOTICE_DELAY_WORKING_DAYS, 0).execute();
        long committee = data.workingCommittee();
        chair = data.invitee("Henrik Åkesson", "henrik.akesson@example.se");
        justerare = data.invitee("Maria Bergkvist", "maria.bergkvist@example.se");
        data.appointment(chair, committee, AppointmentRole.CHAIR, null, today.minusYears(1), null);
        data.appointment(justerare, committee, AppointmentRole.MEMBER, null, today.minusYears(1), null);
        data.insertUser(passwordEncoder, "cykel.sekreterare", Role.SEKRETERARE, PASSWORD);
        data.signatoryUser(passwordEncoder, "cykel.ordf", Role.STYRELSE, PASSWORD, chair);
        data.signatoryUser(passwordEncoder, "cykel.just", Role.STYRELSE, PASSWORD, justerare);

        long application = data.application("Folkuniversitetet, Lund", "Språkstöd i arbetsträning", Map.of(today.getYear() + 1, 520_000L));
        data.prepared(application, "APPROVE", today.minusDays(20));
        long earlier = data.heldMeeting(committee, today.minusDays(40), "Kommunhuset Kristallen");
        long decision = data.paragraphWithDecision(earlier, 1, "Jobbvägen", "Att Jobbvägen återrapporterar före nästa möte");
        data.followUp(decision, "Återrapportering från Jobbvägen", chair, today);
    }

    @Test
    void from_the_agenda_through_kallelse_minutes_and_signatures_to_the_public_notice_board_and_verification() throws Exception {
        // 1. The secretary plans the AU meeting.
        page.navigate(url("/sammantraden"));
        signIn("cykel.sekreterare", PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planera sammanträde")).click();
        Locator plan = dialog("Planera sammanträde");
        plan.getByLabel("Organ").fill(data.workingCommitteeName());
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(data.workingCommitteeName())).first().click();
        Locator date = plan.getByLabel("Datum");
        date.fill(meetingDate.toString());
        date.press("Enter");
        plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
        page.waitForURL(Pattern.compile(".*/sammantraden/\\d+.*"));
        long meeting = db.select(MEETING.ID).from(MEETING).where(MEETING.MEETING_DATE.eq(meetingDate)).fetchSingle(MEETING.ID);

        // 2. The agenda proposes the pending application and the follow-up due.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Föredragningslista")).click();
        page.waitForURL(Pattern.compile(".*/sammantraden/" + meeting + "/foredragningslista"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Föreslå dagordning")).click();
        assertThat(page.getByText("Ansökan om medel: Språkstöd i arbetsträning (Folkuniversitetet, Lund)")).isVisible();
        assertThat(page.getByText("Återrapportering från Jobbvägen").first()).isVisible();

        // 3. The kallelse: downloaded as PDF and sent by e-mail to the committee's members.
        page.navigate(url("/sammantraden/" + meeting));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kallelse")).click();
        Locator kallelse = dialog("Kallelse");
        kallelse.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skapa kallelse")).click();
        Download download = page.waitForDownload(kallelse.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Kallelse, version 1 (PDF)"))::click);
        assertThat(text(Files.readAllBytes(download.path())))
                .contains("KALLELSE", "Språkstöd i arbetsträning", "Återrapportering från Jobbvägen", "Henrik Åkesson");
        kallelse.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skicka kallelse (version 1)")).click();
        assertThat(kallelse.locator(".invitation-outcome")).containsText("skickades till 2 mottagare");
        assertThat(TestMail.waitFor(2)).hasSize(2);
        assertThat(TestMail.recipients()).containsExactlyInAnyOrder("henrik.akesson@example.se", "maria.bergkvist@example.se");
        page.keyboard().press("Escape");

        // 4. The meeting is held: the agenda becomes the §, the proposals their decisions.
        page.navigate(url("/sammantraden/" + meeting + "/foredragningslista"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mötet hållet – gör protokoll")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gör protokoll").setExact(true)).click();
        assertThat(page.getByText(Pattern.compile("Blev .*§ \\d+")).first()).isVisible();
        // Who attended, with the chair and the justerare, as the secretary records it in the meeting view.
        data.attend(meeting, chair, AttendanceRole.DECISION_MAKER, "ordförande", true, false, 1);
        data.attend(meeting, justerare, AttendanceRole.DECISION_MAKER, "ledamot", false, true, 2);

        page.navigate(url("/sammantraden/" + meeting));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka på justering")).click();
        assertThat(page.getByText("Skickat på justering").first()).isVisible();

        // 5. The chair (from the task on the start page) and the justerare sign, each in their own browser.
        Page chairPage = pageInAnotherBrowser();
        chairPage.navigate(url("/"));
        signIn(chairPage, "cykel.ordf", PASSWORD);
        chairPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(data.workingCommitteeName() + " " + meetingDate).setExact(true)).click();
        sign(chairPage);
        assertThat(status(meeting)).as("one signature of two: still open").isEqualTo(MeetingStatus.HELD);

        Page justerarePage = pageInAnotherBrowser();
        justerarePage.navigate(url("/sammantraden/" + meeting));
        signIn(justerarePage, "cykel.just", PASSWORD);
        sign(justerarePage);
        assertThat(justerarePage.getByText("Protokollet är justerat").first()).isVisible();
        assertThat(status(meeting)).isEqualTo(MeetingStatus.APPROVED);

        // The förbundschef's adjustment where today is no working day (the posting then waits for the next one).
        var dates = db.select(MEETING.NOTICE_POSTED_ON, MEETING.NOTICE_APPEAL_ENDS_ON).from(MEETING)
                .where(MEETING.ID.eq(meeting)).fetchSingle();
        LocalDate appealEnds = dates.value2();
        if (!today.equals(dates.value1())) {
            appealEnds = today.plusDays(21);
            data.notice(meeting, today, appealEnds, appealEnds.plusDays(1));
        }

        // 6. An anonymous visitor: the anslag with its appeal date, and the protocol whose last page lists both signatures.
        Page visitor = pageInAnotherBrowser();
        visitor.navigate(url("/anslagstavla"));
        Locator anslag = visitor.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(data.workingCommitteeName()));
        assertThat(anslag).containsText("Sista dag för överklagande");
        assertThat(anslag).containsText(appealEnds.toString());
        String href = anslag.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("(PDF)")).getAttribute("href");
        APIResponse response = visitor.request().get(url("/" + href));
        assertThat(response.status()).isEqualTo(200);
        byte[] protocol = response.body();
        String protocolText = text(protocol);
        assertThat(protocolText).contains("Underskrifter", "Henrik Åkesson", "Maria Bergkvist", "Signerat med lösenord");

        // 7. The public verification page confirms the PDF, and refuses it with one byte changed.
        visitor.navigate(url("/verifiera"));
        upload(visitor, protocol);
        assertThat(visitor.getByText("Stämmer: protokollet är justerat och oförändrat.")).isVisible();
        byte[] changed = protocol.clone();
        changed[changed.length / 2] ^= 1;
        visitor.navigate(url("/verifiera"));
        upload(visitor, changed);
        assertThat(visitor.getByText(Pattern.compile("^Stämmer inte"))).isVisible();
    }

    private void sign(Page on) {
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Justera protokollet")).click();
        Locator dialog = on.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Lösenord", new Locator.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skriv under")).click();
        assertThat(on.getByText("Din underskrift är registrerad.", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
    }

    private static void upload(Page on, byte[] pdf) {
        on.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("protokoll.pdf", "application/pdf", pdf));
    }

    private MeetingStatus status(long meeting) {
        return db.select(MEETING.STATUS).from(MEETING).where(MEETING.ID.eq(meeting)).fetchSingle(MEETING.STATUS);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
