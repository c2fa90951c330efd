package se.samordnaren.meeting.pdf;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samordnaren.common.UserFacingException;

import java.io.IOException;
import java.util.List;

/**
 * The minutes as PDF: GET /protokoll/{meetingId}.pdf and GET /protokoll/{meetingId}/utdrag.pdf?paragraf=5&paragraf=6.
 * Only signed-in users get here (the Vaadin security chain requires authentication for every other request);
 * MinutesPdfService checks the role itself. Ids are at most 19 digits (a long); other addresses reach the not-found page.
 * Approved minutes answer the PDF stored at approval, with its SHA-256; drafts and extracts are rendered per request.
 */
@RestController
class MinutesPdfController {

    static final String SHA256_HEADER = "X-Content-SHA256";

    private final MinutesPdfService pdfs;

    MinutesPdfController(MinutesPdfService pdfs) {
        this.pdfs = pdfs;
    }

    @GetMapping("/protokoll/{meetingId:\\d{1,19}}.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long meetingId) {
        return inline(pdfs.minutes(meetingId));
    }

    @GetMapping("/protokoll/{meetingId:\\d{1,19}}/utdrag.pdf")
    ResponseEntity<byte[]> extract(@PathVariable long meetingId,
                                   @RequestParam(name = "paragraf", required = false) List<Integer> paragraphs) {
        return inline(pdfs.extract(meetingId, paragraphs == null ? List.of() : paragraphs));
    }

    /** No such meeting or paragraph: 404 with the Swedish error page (static/error/404.html). */
    @ExceptionHandler(UserFacingException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /** The stored protocol of approved minutes also names its SHA-256 (hex): as ETag and as {@value #SHA256_HEADER}. */
    private static ResponseEntity<byte[]> inline(MinutesPdfService.Pdf pdf) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.filename()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (pdf.sha256() != null) {
            response.eTag("\"" + pdf.sha256() + "\"").header(SHA256_HEADER, pdf.sha256());
        }
        return response.body(pdf.content());
    }
}
