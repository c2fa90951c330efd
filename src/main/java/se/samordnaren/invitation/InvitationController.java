package se.samordnaren.invitation;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The kallelse as PDF: GET /kallelse/{meetingId}.pdf (the latest revision) and /kallelse/{meetingId}/{revision}.pdf.
 * Only signed-in users get here (the Vaadin security chain requires authentication for every other request);
 * InvitationService checks that too. A meeting without a kallelse, or an unknown revision, is a 404.
 */
@RestController
class InvitationController {

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/kallelse/{meetingId:\\d{1,18}}.pdf")
    ResponseEntity<byte[]> latest(@PathVariable long meetingId, HttpServletResponse response) throws IOException {
        return pdf(meetingId, null, response);
    }

    @GetMapping("/kallelse/{meetingId:\\d{1,18}}/{revision:\\d{1,9}}.pdf")
    ResponseEntity<byte[]> revision(@PathVariable long meetingId, @PathVariable int revision,
                                    HttpServletResponse response) throws IOException {
        return pdf(meetingId, revision, response);
    }

    private ResponseEntity<byte[]> pdf(long meetingId, Integer revision, HttpServletResponse response) throws IOException {
        var pdf = invitations.pdf(meetingId, revision);
        if (pdf.isEmpty()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(pdf.get().filename()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .eTag("\"" + pdf.get().sha256() + "\"")
                .body(pdf.get().content());
    }
}
