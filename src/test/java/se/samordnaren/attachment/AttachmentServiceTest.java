package se.samordnaren.attachment;

import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.junit.jupiter.api.BeforeEach;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.junit.jupiter.api.Test;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.springframework.beans.factory.annotation.Autowired;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.springframework.security.access.AccessDeniedException;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import se.samordnaren.testsupport.DatabaseTest;

import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import java.nio.charset.StandardCharsets;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import java.security.MessageDigest;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import java.time.LocalDate;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import java.util.HexFormat;

import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import static org.assertj.core.api.Assertions.assertThat;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import static se.samordnaren.db.Tables.ATTACHMENT;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;
import se.samordnaren.initiative.InitiativeStatus;
import se.samordnaren.initiative.ReportKind;

class AttachmentServiceTest extends DatabaseTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    AttachmentService attachments;
    long reportId;

    @BeforeEach
    void aReport() {
        long initiativeId = data.initiative("En väg in", InitiativeStatus.IDEA, null, null);
        reportId = data.report(initiativeId, ReportKind.LAGESRAPPORT, LocalDate.of(2021, 3, 10));
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_pdf_is_stored_with_the_checksum_the_database_computes_and_downloads_unchanged() throws Exception {
        AttachmentInfo saved = attachments.addToReport(reportId, "C:\\Users\\x\\Lägesrapport mars.pdf", "application/pdf", PDF);

        assertThat(saved.fileName()).isEqualTo("Lägesrapport mars.pdf");
        assertThat(saved.sizeBytes()).isEqualTo(PDF.length);
        assertThat(saved.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(saved.uploadedBy()).isEqualTo("chef");
        assertThat(attachments.forReport(reportId)).extracting(AttachmentInfo::id).containsExactly(saved.id());
        assertThat(attachments.download(saved.id())).get()
                .satisfies(d -> assertThat(d.content()).isEqualTo(PDF))
                .satisfies(d -> assertThat(d.contentType()).isEqualTo("application/pdf"));
        assertThat(saved.downloadUrl()).isEqualTo("bilagor/" + saved.id());
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_file_that_is_not_what_its_name_says_is_refused_with_a_swedish_message_key() {
        assertThatThrownBy(() -> attachments.addToReport(reportId, "rapport.pdf", "application/pdf",
                "inte en pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("attachment.error.content");
        assertThatThrownBy(() -> attachments.addToReport(reportId, "rapport.exe", "application/octet-stream", PDF))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("attachment.error.type");
        assertThat(attachments.forReport(reportId)).isEmpty();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_file_name_longer_than_300_characters_is_refused_with_a_message() {
        assertThatThrownBy(() -> attachments.addToReport(reportId, "r".repeat(400) + ".pdf", "application/pdf", PDF))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.text.tooLong");
        assertThat(attachments.forReport(reportId)).isEmpty();
    }

    @Test
    @WithMockUser(username = "chef", roles = "FORBUNDSCHEF")
    void a_stored_file_cannot_be_swapped_for_another_and_the_database_says_so_by_name() {
        AttachmentInfo saved = attachments.addToReport(reportId, "rapport.pdf", "application/pdf", PDF);

        assertThatThrownBy(() -> db.update(ATTACHMENT).set(ATTACHMENT.CONTENT, "%PDF-2.0 annan".getBytes(StandardCharsets.US_ASCII))
                .where(ATTACHMENT.ID.eq(saved.id())).execute())
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("attachment.refused.contentFixed");
        assertThat(attachments.download(saved.id())).get().satisfies(d -> assertThat(d.content()).isEqualTo(PDF));
    }

    @Test
    @WithMockUser(username = "ledamot", roles = "STYRELSE")
    void the_board_can_read_but_not_attach() {
        assertThat(attachments.forReport(reportId)).isEmpty();
        assertThatThrownBy(() -> attachments.addToReport(reportId, "rapport.pdf", "application/pdf", PDF))
                .isInstanceOf(AccessDeniedException.class);
    }
}
