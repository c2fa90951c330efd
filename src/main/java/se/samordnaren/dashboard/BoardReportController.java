package se.samordnaren.dashboard;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * The board report as PDF: GET /oversikt/rapport.pdf?ar=2021 (without ar: the dashboard's default year). Only
 * signed-in users get here (the security chain requires authentication for every request); BoardReportService
 * checks the role itself (others get 403).
 */
@RestController
class BoardReportController {

    private final BoardReportService reports;

    BoardReportController(BoardReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/oversikt/rapport.pdf")
    ResponseEntity<byte[]> report(@RequestParam(name = "ar", required = false) Integer year) {
        Integer chosen = year != null && year >= 2000 && year <= 2100 ? year : null;
        BoardReportService.Pdf pdf = reports.report(chosen, LocalDate.now());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.filename()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf.content());
    }
}
