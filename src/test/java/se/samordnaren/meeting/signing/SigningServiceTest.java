package se.samordnaren.meeting.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.SignatureMethod;
import se.samordnaren.meeting.pdf.MinutesPdfService;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.DatabaseTest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.APPROVED_MINUTES_PDF;
import static se.samordnaren.db.Tables.ATTACHMENT;
import static se.samordnaren.db.Tables.LOGIN_THROTTLE;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MINUTES_RETURN;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;
import static se.samordnaren.meeting.signing.SigningFixture.PASSWORD;
import static se.samordnaren.meeting.signing.SigningFixture.as;
import static se.samordnaren.meeting.signing.SigningFixture.run;

/**
 * Issue 11 item 4: the chair and the justerare sign the minutes in the application with their password; the last
 * signature of the current content approves and locks them; a return ends the request; a change after a signature
 * makes the old signature not count.
 */
class SigningServiceTest extends DatabaseTest {

    @Autowired
    SigningService signing;
    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesPdfService pdfs;
    @Autowired
    PasswordEncoder encoder;

    SigningFixture f;

    @BeforeEach
    void heldMinutes() {
        f = new SigningFixture(data, encoder);
    }

    private void requested() {
        run("sekr", Role.SEKRETERARE, () -> signing.request(f.meeting, version()));
    }

    private int version() {
        return db.select(MEETING.VERSION).from(MEETING).where(MEETING.ID.eq(f.meeting)).fetchSingle(MEETING.VERSION);
    }

    private int signatures() {
        return db.fetchCount(MINUTES_SIGNATURE, MINUTES_SIGNATURE.MEETING_ID.eq(f.meeting));
    }

    @Test
    void the_start_pages_signing_tasks_cost_one_statement_when_nothing_waits() {
        se.samordnaren.testsupport.StatementCounter.reset();
        assertThat(as("ordf", Role.STYRELSE, signing::myTasks)).isEmpty();
        assertThat(as("sekr", Role.SEKRETERARE, signing::myTasks)).isEmpty();
        assertThat(se.samordnaren.testsupport.StatementCounter.count()).as("one each, the person looked up inside").isEqualTo(2);
    }

    @Test
    void the_secretary_sends_held_minutes_for_justering_and_the_signatories_see_the_task() {
        requested();
        assertThat(db.select(MEETING.SIGNING_REQUESTED_AT).from(MEETING).where(MEETING.ID.eq(f.meeting)).fetchSingle().value1())
                .isNotNull();
        assertThat(as("ordf", Role.STYRELSE, signing::myTasks)).extracting(SigningTask::meetingId).containsExactly(f.meeting);
        assertThat(as("just", Role.STYRELSE, signing::myTasks)).hasSize(1);
        assertThat(as("annan", Role.STYRELSE, signing::myTasks)).isEmpty();
        assertThat(as("sekr", Role.SEKRETERARE, signing::myTasks)).isEmpty();
    }

    @Test
    void the_signatories_with_an_address_get_the_request_by_e_mail() {
        data.email(f.chair, "ordforande@example.se");

        requested();

        var mail = se.samordnaren.testsupport.TestMail.waitFor(1);
        assertThat(se.samordnaren.testsupport.TestMail.recipients()).as("the justerare has no address")
                .containsExactly("ordforande@example.se");
        assertThat(se.samordnaren.testsupport.TestMail.text(mail.getFirst())).contains("/sammantraden/" + f.meeting);
    }

    @Test
    void a_wrong_password_writes_nothing_and_counts_as_a_failed_sign_in() {
        requested();
        assertThatThrownBy(() -> run("ordf", Role.STYRELSE, () -> signing.sign(f.meeting, "fel-losenord-9")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("signing.error.wrongPassword");
        assertThat(signatures()).isZero();
        assertThat(db.select(LOGIN_THROTTLE.FAILURES).from(LOGIN_THROTTLE).where(LOGIN_THROTTLE.SUBJECT.eq("ordf"))
                .fetchOne(LOGIN_THROTTLE.FAILURES)).isEqualTo(1);
    }

    @Test
    void an_account_not_linked_to_a_signatory_gets_a_clear_message() {
        requested();
        assertThatThrownBy(() -> run("annan", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("signing.error.notSignatory");
        assertThatThrownBy(() -> run("sekr", Role.SEKRETERARE, () -> signing.sign(f.meeting, PASSWORD)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("signing.error.noPerson");
        assertThat(signatures()).isZero();
    }

    @Test
    void minutes_not_sent_for_justering_cannot_be_signed() {
        assertThatThrownBy(() -> run("ordf", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("signing.error.notRequested");
    }

    @Test
    void nobody_signs_the_same_content_twice() {
        requested();
        run("ordf", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD));
        assertThatThrownBy(() -> run("ordf", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("signing.error.alreadySigned");
        assertThat(signatures()).isEqualTo(1);
        assertThat(as("ordf", Role.STYRELSE, signing::myTasks)).isEmpty();
    }

    @Test
    void a_signature_records_who_when_how_and_the_hash_of_the_content() {
        requested();
        String hash = MinutesContent.sha256(as("ordf", Role.STYRELSE, () -> meetings.load(f.meeting)));
        SigningService.Outcome outcome = as("ordf", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD));
        assertThat(outcome.approved()).isFalse();
        var row = db.selectFrom(MINUTES_SIGNATURE).where(MINUTES_SIGNATURE.MEETING_ID.eq(f.meeting)).fetchSingle();
        assertThat(row.getPersonId()).isEqualTo(f.chair);
        assertThat(row.getSignedByUserId()).isEqualTo(f.chairUser);
        assertThat(row.getMethod()).isEqualTo(SignatureMethod.PASSWORD);
        assertThat(row.getMethodDetail()).contains("ordf");
        assertThat(row.getSignerTitle()).isEqualTo("Ordförande");
        assertThat(row.getContentSha256()).isEqualTo(hash).hasSize(64);
        assertThat(row.getSignedAtOffsetMinutes()).isIn(60, 120);
    }

    @Test
    void the_last_signature_approves_and_locks_the_minutes_and_the_pdf_ends_with_the_signature_page() throws IOException {
        requested();
        run("ordf", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD));
        SigningService.Outcome last = as("just", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD));

        assertThat(last.approved()).isTrue();
        var m = db.selectFrom(MEETING).where(MEETING.ID.eq(f.meeting)).fetchSingle();
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.APPROVED);
        assertThat(m.getApprovalDate()).isEqualTo(LocalDate.now(SigningService.SWEDEN));
        assertThat(m.getApprovedBy()).isEqualTo(f.approverUser);
        assertThat(m.getApprovalPlace()).isEqualTo("Digital justering");
        assertThat(m.getSigningRequestedAt()).isNull();
        assertThat(db.fetchExists(APPROVED_MINUTES_PDF, APPROVED_MINUTES_PDF.MEETING_ID.eq(f.meeting))).isTrue();
        // Locked in the database as before.
        assertThatThrownBy(() -> db.update(AGENDA_ITEM).set(AGENDA_ITEM.TITLE, "Ändrad").where(AGENDA_ITEM.ID.eq(f.item)).execute())
                .hasMessageContaining("meeting.error.locked");

        String hash = db.select(MINUTES_SIGNATURE.CONTENT_SHA256).from(MINUTES_SIGNATURE)
                .where(MINUTES_SIGNATURE.PERSON_ID.eq(f.chair)).fetchSingle().value1();
        byte[] pdf = as("ordf", Role.STYRELSE, () -> pdfs.minutes(f.meeting).content());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            text = stripper.getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Underskrifter", data.name("Anna Andersson"), data.name("Cecilia Ceder"), "Ordförande",
                "Justerare", "Signerat med lösenord", hash);
        assertThat(text).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(\\+0[12]:00\\)");
        // The stored protocol's content hash is the one both signed: the signatures still count after approval.
        SigningStatus status = as("ordf", Role.STYRELSE, () -> signing.status(f.meeting));
        assertThat(status.contentSha256()).isEqualTo(hash);
        assertThat(status.signatories()).allMatch(SigningStatus.Signatory::signed);
    }

    @Test
    void a_change_after_a_signature_makes_the_hash_differ_and_the_old_signature_not_count() {
        requested();
        run("ordf", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD));
        String before = as("ordf", Role.STYRELSE, () -> signing.status(f.meeting)).contentSha256();

        db.update(AGENDA_ITEM).set(AGENDA_ITEM.BODY_TEXT, "Ordförande öppnar sammanträdet kl. 9.").where(AGENDA_ITEM.ID.eq(f.item)).execute();

        SigningStatus after = as("ordf", Role.STYRELSE, () -> signing.status(f.meeting));
        assertThat(after.contentSha256()).isNotEqualTo(before);
        assertThat(after.signatories()).noneMatch(SigningStatus.Signatory::signed);
        assertThat(after.signatures()).singleElement().satisfies(s -> assertThat(s.current()).isFalse());
        // The justerare's signature is then not the last one: the chair must sign the new content too.
        assertThat(as("just", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD)).approved()).isFalse();
        assertThat(as("ordf", Role.STYRELSE, signing::myTasks)).hasSize(1);
        assertThat(as("ordf", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD)).approved()).isTrue();
        assertThat(signatures()).isEqualTo(3);
    }

    @Test
    void a_signatory_returns_the_minutes_with_a_comment_which_ends_the_request() {
        requested();
        run("just", Role.STYRELSE, () -> signing.returnMinutes(f.meeting, "§ 2: beloppet saknas."));

        assertThat(db.select(MEETING.SIGNING_REQUESTED_AT).from(MEETING).where(MEETING.ID.eq(f.meeting)).fetchSingle().value1()).isNull();
        assertThat(db.fetchCount(MINUTES_RETURN, MINUTES_RETURN.MEETING_ID.eq(f.meeting))).isEqualTo(1);
        SigningStatus status = as("sekr", Role.SEKRETERARE, () -> signing.status(f.meeting));
        assertThat(status.returns()).singleElement().satisfies(r -> {
            assertThat(r.comment()).isEqualTo("§ 2: beloppet saknas.");
            assertThat(r.name()).isEqualTo(data.name("Cecilia Ceder"));
        });
        assertThat(status.mayRequest()).isTrue();
        assertThatThrownBy(() -> run("ordf", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD)))
                .hasMessageContaining("signing.error.notRequested");
        assertThatThrownBy(() -> run("just", Role.STYRELSE, () -> signing.returnMinutes(f.meeting, " ")))
                .hasMessageContaining("signing.error.commentRequired");
        // After corrections the secretary asks again.
        requested();
        assertThat(as("just", Role.STYRELSE, signing::myTasks)).hasSize(1);
    }

    @Test
    void only_the_secretary_or_the_forbundschef_sends_for_justering_and_only_held_minutes() {
        assertThatThrownBy(() -> run("ordf", Role.STYRELSE, () -> signing.request(f.meeting, version())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        db.update(MEETING).set(MEETING.STATUS, MeetingStatus.PLANNED).where(MEETING.ID.eq(f.meeting)).execute();
        assertThatThrownBy(() -> run("sekr", Role.SEKRETERARE, () -> signing.request(f.meeting, version())))
                .hasMessageContaining("signing.error.notHeld");
    }

    @Test
    void paper_signing_records_the_signatories_and_the_scan_and_approves() {
        byte[] scan = "%PDF-1.4 skannat protokoll".getBytes();
        run("chef", Role.FORBUNDSCHEF, () -> signing.recordPaperSigning(f.meeting, version(), List.of(
                new PaperSignature(f.chair, LocalDate.of(2021, 3, 25)),
                new PaperSignature(f.approver, LocalDate.of(2021, 3, 29))), "justerat.pdf", scan, "Kristallen"));

        var m = db.selectFrom(MEETING).where(MEETING.ID.eq(f.meeting)).fetchSingle();
        assertThat(m.getApprovalDate()).isEqualTo(LocalDate.of(2021, 3, 29));
        assertThat(m.getStatus()).isEqualTo(MeetingStatus.APPROVED);
        assertThat(db.selectFrom(MINUTES_SIGNATURE).where(MINUTES_SIGNATURE.MEETING_ID.eq(f.meeting)).fetch())
                .hasSize(2).allMatch(s -> s.getMethod() == SignatureMethod.PAPER);
        assertThat(db.fetchExists(ATTACHMENT, ATTACHMENT.SIGNED_MINUTES_MEETING_ID.eq(f.meeting))).isTrue();
    }

    @Test
    void paper_signing_needs_every_signatory_and_the_scan() {
        assertThatThrownBy(() -> run("chef", Role.FORBUNDSCHEF, () -> signing.recordPaperSigning(f.meeting, version(),
                List.of(new PaperSignature(f.chair, LocalDate.of(2021, 3, 25))), "justerat.pdf", "%PDF-1.4".getBytes(), null)))
                .hasMessageContaining("signing.error.paperDateRequired");
        assertThatThrownBy(() -> run("chef", Role.FORBUNDSCHEF, () -> signing.recordPaperSigning(f.meeting, version(),
                List.of(new PaperSignature(f.chair, LocalDate.of(2021, 3, 25)), new PaperSignature(f.approver, LocalDate.of(2021, 3, 25))),
                null, null, null)))
                .hasMessageContaining("signing.error.scanRequired");
        assertThat(signatures()).isZero();
    }
}
