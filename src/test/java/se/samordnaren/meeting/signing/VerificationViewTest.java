package se.samordnaren.meeting.signing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import se.samordnaren.meeting.pdf.MinutesPdfService;
import se.samordnaren.security.Role;
import se.samordnaren.testsupport.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;
import static se.samordnaren.meeting.signing.SigningFixture.PASSWORD;
import static se.samordnaren.meeting.signing.SigningFixture.as;
import static se.samordnaren.meeting.signing.SigningFixture.run;

/**
 * Issue 11 item 5, as an anonymous visitor: /verifiera confirms the protocol PDF of signed minutes and its hashes,
 * reports a PDF with one byte changed and an unknown hash as not matching, and reveals nothing of unapproved minutes.
 */
@WithAnonymousUser
class VerificationViewTest extends ViewTest {

    @Autowired
    SigningService signing;
    @Autowired
    MinutesPdfService pdfs;
    @Autowired
    PasswordEncoder encoder;

    SigningFixture f;
    byte[] pdf;
    String contentHash;

    @BeforeEach
    void signedMinutes() {
        f = new SigningFixture(data, encoder);
        run("sekr", Role.SEKRETERARE, () -> signing.request(f.meeting, as("sekr", Role.SEKRETERARE,
                () -> signing.status(f.meeting)).version()));
        run("ordf", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD));
        run("just", Role.STYRELSE, () -> signing.sign(f.meeting, PASSWORD));
        pdf = as("ordf", Role.STYRELSE, () -> pdfs.minutes(f.meeting).content());
        contentHash = db.select(MINUTES_SIGNATURE.CONTENT_SHA256).from(MINUTES_SIGNATURE).limit(1).fetchSingle().value1();
    }

    private String result(VerificationView view) {
        return view.result.getElement().getTextRecursively();
    }

    @Test
    void the_protocol_pdf_of_signed_minutes_matches_and_names_the_minutes_and_signatories() {
        VerificationView view = open("verifiera", VerificationView.class);
        view.checkPdf(pdf);
        assertThat(result(view)).contains("Stämmer:", data.boardName(), "2021-03-19",
                data.name("Anna Andersson"), data.name("Cecilia Ceder"), "Signerat med lösenord");
    }

    @Test
    void a_pdf_with_one_byte_changed_does_not_match() {
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;
        VerificationView view = open("verifiera", VerificationView.class);
        view.checkPdf(changed);
        assertThat(result(view)).contains("Stämmer inte").doesNotContain(data.name("Anna Andersson"));
    }

    @Test
    void the_pdf_hash_and_the_signed_content_hash_match_when_pasted_and_an_unknown_one_does_not() {
        VerificationView view = open("verifiera", VerificationView.class);
        view.checkHash(MinutesContent.sha256(pdf).toUpperCase());
        assertThat(result(view)).contains("Stämmer: protokollet är justerat");
        view.checkHash(contentHash);
        assertThat(result(view)).contains("Stämmer: kontrollsumman", data.boardName());
        view.checkHash("0".repeat(64));
        assertThat(result(view)).contains("Stämmer inte");
        view.checkHash("inte en kontrollsumma");
        assertThat(result(view)).contains("64 tecken");
    }

    @Test
    void signatures_of_minutes_not_yet_approved_are_not_revealed() {
        SigningFixture draft = new SigningFixture(data, encoder, "2", data.workingCommittee());
        run("sekr2", Role.SEKRETERARE, () -> signing.request(draft.meeting, as("sekr2", Role.SEKRETERARE,
                () -> signing.status(draft.meeting)).version()));
        run("ordf2", Role.STYRELSE, () -> signing.sign(draft.meeting, PASSWORD));
        String draftHash = db.select(MINUTES_SIGNATURE.CONTENT_SHA256).from(MINUTES_SIGNATURE)
                .where(MINUTES_SIGNATURE.MEETING_ID.eq(draft.meeting)).fetchSingle().value1();
        byte[] draftPdf = as("ordf2", Role.STYRELSE, () -> pdfs.minutes(draft.meeting).content());

        VerificationView view = open("verifiera", VerificationView.class);
        view.checkHash(draftHash);
        assertThat(result(view)).contains("Stämmer inte");
        view.checkPdf(draftPdf);
        assertThat(result(view)).contains("Stämmer inte");
    }
}
