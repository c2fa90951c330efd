package se.samordnaren.meeting.pdf;

import com.vaadin.flow.i18n.I18NProvider;
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

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The minutes as PDF: GET /protokoll/{meetingId}.pdf and GET /protokoll/{meetingId}/utdrag.pdf?paragraf=5&paragraf=6.
 * Only signed-in users get here (the Vaadin security chain requires authentication for every other request);
 * MinutesPdfService checks the role itself.
 */
@RestController
class MinutesPdfController {

    private final MinutesPdfService pdfs;
    private final I18NProvider translations;

    MinutesPdfController(MinutesPdfService pdfs, I18NProvider translations) {
        this.pdfs = pdfs;
        this.translations = translations;
    }

    @GetMapping("/protokoll/{meetingId:\\d+}.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long meetingId) {
        return inline(pdfs.minutes(meetingId));
    }

    @GetMapping("/protokoll/{meetingId:\\d+}/utdrag.pdf")
    ResponseEntity<byte[]> extract(@PathVariable long meetingId,
                                   @RequestParam(name = "paragraf", required = false) List<Integer> paragraphs) {
        return inline(pdfs.extract(meetingId, paragraphs == null ? List.of() : paragraphs));
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<String> notFound(UserFacingException e) {
        String key = "minutesPdf.error.noSuchParagraph".equals(e.messageKey()) ? e.messageKey() : "minutesPdf.error.notFound";
        String message = translations.getTranslation(key, PdfTexts.SWEDISH);
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(message);
    }

    private static ResponseEntity<byte[]> inline(MinutesPdfService.Pdf pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.filename()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf.content());
    }
}
