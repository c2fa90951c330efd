package se.samordnaren.minutesimport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long parsing a 15-page protocol takes: printed, not asserted (the machine is shared; a timed assertion would be
 * flaky). Run alone with {@code ./mvnw test -Dtest=MinutesBenchmarkTest}.
 */
@Tag("benchmark")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MinutesBenchmarkTest {

    @Test
    void parsing_a_15_page_protocol_is_timed() throws Exception {
        String text = fifteenPages();
        byte[] pdf = CorpusFiles.pdf(text, "Samordningsförbundet Lund – Protokoll styrelsen 2021-03-19");
        byte[] txt = text.getBytes(StandardCharsets.UTF_8);
        byte[] docx = CorpusFiles.docx(text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(15);
        }

        long cold = coldPdf(pdf);
        for (int i = 0; i < 3; i++) {
            MinutesImport.parse(pdf, "warm-up.pdf");
            MinutesImport.parse(txt, "warm-up.txt");
        }
        int runs = 5;
        long pdfNanos = 0;
        long textNanos = 0;
        long docxNanos = 0;
        ParsedMinutes parsed = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            parsed = MinutesImport.parse(pdf, "protokoll.pdf");
            pdfNanos += System.nanoTime() - start;
            start = System.nanoTime();
            MinutesImport.parse(txt, "protokoll.txt");
            textNanos += System.nanoTime() - start;
            start = System.nanoTime();
            MinutesImport.parse(docx, "protokoll.docx");
            docxNanos += System.nanoTime() - start;
        }

        System.out.printf("Benchmark, 15-page protocol (%d paragraphs): PDF %d ms (first parse in this test %d ms), "
                        + "DOCX %d ms, text %d ms (mean of %d runs after warm-up)%n", parsed.paragraphs().size(),
                pdfNanos / runs / 1_000_000, cold, docxNanos / runs / 1_000_000, textNanos / runs / 1_000_000, runs);
        assertThat(parsed.paragraphs()).hasSize(60);
        assertThat(parsed.paragraphs()).extracting(Paragraph::number).startsWith(1, 2, 3).endsWith(60);
    }

    private static long coldPdf(byte[] pdf) {
        long start = System.nanoTime();
        MinutesImport.parse(pdf, "other.pdf");
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The Lund header and sixty paragraphs of realistic length, about fifteen A4 pages in 10-point type. */
    private static String fifteenPages() {
        String lund = MinutesCorpus.get("lund-styrelse-2021-03-19").text();
        StringBuilder text = new StringBuilder(lund.substring(0, lund.indexOf("§ 1 ")));
        String[] decisions = {"Styrelsen beslutade\n\nAtt godkänna redovisningen.",
                "Styrelsen beslutar att lägga informationen till handlingarna.",
                "Styrelsen beslutar att bevilja Lunds kommun 450 000 kronor för 2022.",
                "Styrelsen beslutar att återremittera ärendet till förbundschefen.", ""};
        for (int n = 1; n <= 60; n++) {
            text.append("§ ").append(n).append(" Ärende nummer ").append(n).append(" om insatsen En väg in\n\n");
            for (int p = 0; p < 2; p++) {
                text.append("Förbundssamordnaren redogjorde för hur arbetet i insatsen har utvecklats sedan förra ")
                        .append("sammanträdet. Samverkan mellan kommunen, Försäkringskassan och Arbetsförmedlingen ")
                        .append("har stärkts, och antalet deltagare har ökat till 46 personer, varav 17 har gått ")
                        .append("vidare till arbete eller studier. Styrelsen diskuterade hur resultaten ska följas upp ")
                        .append("och hur insatsen kan bli en del av ordinarie verksamhet efter projekttiden.\n\n");
            }
            text.append(decisions[n % decisions.length]).append("\n\n");
        }
        return text.toString();
    }
}
