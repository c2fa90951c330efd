package se.samordnaren.meeting.pdf;

import se.samordnaren.config.TranslationProvider;
import se.samordnaren.testsupport.DatabaseTest;
import se.samordnaren.meeting.DecisionOutcome;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import se.samordnaren.common.UserFacingException;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MinutesPdfServiceTest extends DatabaseTest {

    @Autowired
    MinutesPdfService pdfs;
    @Autowired
    TranslationProvider translations;

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void approved_protocol_has_header_every_paragraph_signatures_and_notice() throws IOException {
        long body = data.body(data.name("Styrelsen PDF"));
        long meeting = data.boardMeeting(body, LocalDate.of(2021, 3, 19));
        data.decision(data.item(meeting, 1, "Sammanträdet öppnas", "Ordföranden hälsar välkommen."), DecisionOutcome.NOTED, "Att notera informationen");
        data.decision(data.item(meeting, 2, "Fråga om fortsatta medel för projektet ”En väg in”",
                        "Styrelsen var enig i att dessa insatser är tillräckliga.\n\n- första punkten\n- andra punkten"),
                DecisionOutcome.GRANTED, "Att bevilja fortsatta medel för projektet under 2021.", "Att projektet återrapporterar i juni.");
        data.item(meeting, 3, "Information om ESF-projektet", "Lägesrapport.");
        data.approve(meeting, LocalDate.of(2021, 3, 29), "Kommunhuset Kristallen", LocalDate.of(2021, 3, 30), LocalDate.of(2021, 4, 21));

        MinutesPdfService.Pdf pdf = pdfs.minutes(meeting);
        String text = text(pdf.content());

        assertThat(pdf.filename()).isEqualTo("protokoll-styrelsen-pdf-" + data.tag + "-2021-03-19.pdf");
        assertThat(text).contains("PROTOKOLL", "Styrelsen PDF " + data.tag, "Sammanträdesdatum 2021-03-19",
                "Plats och tid", "Kommunhuset Kristallen, fredagen den 19 mars 2021",
                "Beslutande", "Anna Andersson " + data.tag + " (s), Lunds kommun, ordförande",
                "Ersättare", "David Dahl " + data.tag + " (mp), Region Skåne",
                "Övriga närvarande", "Fia Fors " + data.tag + ", FK, Beredningsgr., § 2",
                "Utses att justera", "Cecilia Ceder " + data.tag,
                "Justeringens tid och plats", "Kommunhuset Kristallen, måndagen den 29 mars 2021");
        assertThat(text).contains("Underskrifter", "Paragrafer 1–3", "Sekreterare", "Ordförande", "Justerare",
                "Eva Ek " + data.tag);
        assertThat(text).contains("ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag",
                "Organ", "Datum för sammanträdet", "Datum då anslag sätts upp", "2021-03-30",
                "Datum då anslag tas ned", "2021-04-21", "Förvaringsplats för protokollet", "Underskrift");
        assertThat(text).contains("§ 1  Sammanträdet öppnas", "§ 2  Fråga om fortsatta medel för projektet ”En väg in”",
                "§ 3  Information om ESF-projektet", "Styrelsen beslutade",
                "Att bevilja fortsatta medel för projektet under 2021.", "Att projektet återrapporterar i juni.",
                "–  första punkten");
        assertThat(text).contains("Sida 1 av ", "Sida 2 av ");
        assertThat(text).doesNotContain("UTKAST – ej justerat");
    }

    @Test
    @WithMockUser(username = "revisor", roles = "REVISOR")
    void long_draft_protocol_lists_every_paragraph_and_is_marked_as_draft() throws IOException {
        long body = data.body(data.name("Arbetsutskottet PDF"));
        long meeting = data.boardMeeting(body, LocalDate.of(2022, 5, 6));
        String longText = "Förbundschefen redogjorde för läget i insatsen och för den ekonomiska uppföljningen. ".repeat(12);
        for (int n = 1; n <= 24; n++) {
            long item = data.item(meeting, n, "Ärende nummer " + n + " om samverkan", longText);
            if (n % 2 == 0) {
                data.decision(item, DecisionOutcome.APPROVED, "Att godkänna redovisningen i ärende " + n);
            }
        }

        MinutesPdfService.Pdf pdf = pdfs.minutes(meeting);
        String text = text(pdf.content());
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            pages = document.getNumberOfPages();
        }

        assertThat(pages).isGreaterThan(4);
        for (int n = 1; n <= 24; n++) {
            assertThat(text).contains("§ " + n + "  Ärende nummer " + n + " om samverkan");
        }
        assertThat(text).contains("Att godkänna redovisningen i ärende 24", "Paragrafer 1–24",
                "Sida " + pages + " av " + pages, "Sida 1 av " + pages);
        assertThat(text).contains("UTKAST – ej justerat");
    }

    @Test
    @WithMockUser(username = "sekreterare", roles = "SEKRETERARE")
    void extract_holds_only_the_chosen_paragraphs_and_the_certification() throws IOException {
        long body = data.body(data.name("Styrelsen utdrag"));
        long meeting = data.boardMeeting(body, LocalDate.of(2023, 2, 10));
        for (int n = 1; n <= 7; n++) {
            data.decision(data.item(meeting, n, "Rubrik för paragraf " + n, "Text i paragraf " + n + "."), DecisionOutcome.APPROVED,
                    "Att besluta i paragraf " + n);
        }

        MinutesPdfService.Pdf pdf = pdfs.extract(meeting, List.of(6, 5));
        String text = text(pdf.content());

        assertThat(pdf.filename()).endsWith("-2023-02-10-p5-6.pdf");
        assertThat(text).contains("PROTOKOLLSUTDRAG", "Styrelsen utdrag " + data.tag, "fredagen den 10 februari 2023",
                "§ 5, § 6", "§ 5  Rubrik för paragraf 5", "§ 6  Rubrik för paragraf 6", "Att besluta i paragraf 6",
                "Utdragsbestyrkande", "Utdraget överensstämmer med originalprotokollet.", "Eva Ek " + data.tag + ", sekreterare");
        for (int n : new int[]{1, 2, 3, 4, 7}) {
            assertThat(text).doesNotContain("Rubrik för paragraf " + n).doesNotContain("Att besluta i paragraf " + n);
        }
        assertThatThrownBy(() -> pdfs.extract(meeting, List.of(5, 99))).isInstanceOf(UserFacingException.class);
    }

    @Test
    @WithMockUser(username = "styrelse", roles = "STYRELSE")
    void presence_for_one_paragraph_is_printed_under_it() throws IOException {
        long body = data.body(data.name("Styrelsen närvaro"));
        long meeting = data.boardMeeting(body, LocalDate.of(2021, 3, 19));
        data.item(meeting, 1, "Sammanträdet öppnas", "Ordföranden hälsar välkommen.");
        long item = data.item(meeting, 2, "Ansökan från Lunds kommun", "Ansökan gäller fortsatta medel.");
        data.decision(item, DecisionOutcome.GRANTED, "Att bevilja medel");
        long anna = data.person(data.name("Jävig Jansson"), "s");
        long bo = data.person(data.name("Sen Svensson"));
        data.itemAttendance(item, anna, false, "jäv, deltog inte i beslutet");
        data.itemAttendance(item, bo, true, null);

        String text = text(pdfs.minutes(meeting).content()).replaceAll("\\s+", " ");

        String presence = "Närvaro vid paragrafen: Jävig Jansson " + data.tag
                + " (s), jäv, deltog inte i beslutet; Sen Svensson " + data.tag + ", närvarande";
        assertThat(text).contains(presence);
        // Under § 2: after the text of § 1, before the text of § 2.
        assertThat(text.indexOf(presence)).isGreaterThan(text.indexOf("Ordföranden hälsar välkommen."))
                .isLessThan(text.indexOf("Ansökan gäller fortsatta medel."));
        assertThat(text).containsOnlyOnce("Närvaro vid paragrafen");
        assertThat(text(pdfs.extract(meeting, List.of(2)).content()).replaceAll("\\s+", " "))
                .contains("Jävig Jansson " + data.tag + " (s), jäv, deltog inte i beslutet");
    }

    @Test
    void anonymous_cannot_read_minutes() {
        assertThatThrownBy(() -> pdfs.minutes(1L))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
    }

    @Test
    void swedish_long_date() {
        PdfTexts texts = new PdfTexts(translations);
        assertThat(texts.longDateWithWeekday(LocalDate.of(2021, 3, 19))).isEqualTo("fredagen den 19 mars 2021");
        assertThat(texts.longDateWithWeekday(LocalDate.of(2021, 3, 29))).isEqualTo("måndagen den 29 mars 2021");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
