package se.samordnaren.minutesimport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.DAMAGED;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.EMPTY;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.ENCRYPTED;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.NOT_MINUTES;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.NO_TEXT_LAYER;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.UNKNOWN_TYPE;

/** Text out of PDF, Word and text files, and the Swedish refusals of files that cannot be read. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextExtractorTest {

    private static final String LUND = MinutesCorpus.get("lund-styrelse-2021-03-19").text();

    @Test
    void a_pdf_is_read_page_by_page() {
        byte[] pdf = CorpusFiles.pdf("§ 1 Första sidan\nText.\f§ 2 Andra sidan\nMer text.", null);

        ExtractedText text = TextExtractor.extract(pdf, "protokoll.pdf");

        assertThat(text.type()).isEqualTo(SourceType.PDF);
        assertThat(text.pages()).hasSize(2);
        assertThat(text.pages().get(0)).contains("§ 1 Första sidan").doesNotContain("Andra sidan");
        assertThat(text.pages().get(1)).contains("§ 2 Andra sidan");
    }

    @Test
    void a_word_file_keeps_paragraphs_and_tables_in_document_order() {
        byte[] docx = CorpusFiles.docxWithHeaderTable(List.of(
                new String[] {"Plats och tid", "Digitalt via Zoom, 2020-05-29 kl. 9.00–11.30"},
                new String[] {"Beslutande", "Anna Berg (S), ordförande, Lunds kommun\nPer Lind, Försäkringskassan"},
                new String[] {"Tjänstgörande ersättare", "Eva Ek (M), Region Skåne"},
                new String[] {"Justerare", "Per Lind"}),
                "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Dagordning\nStyrelsen beslutar att godkänna dagordningen.");

        ExtractedText text = TextExtractor.extract(docx, "protokoll.docx");
        ParsedMinutes minutes = MinutesImport.parse(docx, "protokoll.docx");

        assertThat(text.type()).isEqualTo(SourceType.DOCX);
        assertThat(text.text()).containsSubsequence("Protokoll styrelsen", "Plats och tid\tDigitalt via Zoom",
                "Beslutande\tAnna Berg", "Per Lind, Försäkringskassan", "Justerare\tPer Lind", "§ 1 Mötets öppnande");
        assertThat(minutes.date()).hasToString("2020-05-29");
        assertThat(minutes.time()).isEqualTo("09:00-11:30");
        assertThat(minutes.place()).isEqualTo("Digitalt via Zoom");
        assertThat(minutes.participants()).extracting(p -> p.name() + " | " + p.attendance().code()).containsExactly(
                "Anna Berg | decision_maker", "Per Lind | decision_maker", "Eva Ek | serving_substitute");
        assertThat(minutes.justerare()).containsExactly("Per Lind");
        assertThat(minutes.paragraphs()).extracting(p -> p.number() + " " + p.decision().outcome().code())
                .containsExactly("1 none", "2 approved");
    }

    @Test
    void a_text_file_in_windows_1252_is_recognised_from_its_bytes() {
        byte[] bytes = LUND.getBytes(Charset.forName("windows-1252"));

        ExtractedText text = TextExtractor.extract(bytes, "lund.txt");
        ParsedMinutes minutes = MinutesImport.parse(bytes, "lund.txt");

        assertThat(text.charset()).isEqualTo("windows-1252");
        assertThat(text.text()).contains("Sammanträdet öppnas", "Göran Wallén");
        assertThat(minutes.paragraphs()).hasSize(15);
        assertThat(minutes.chair()).isEqualTo("Göran Wallén");
    }

    @Test
    void a_text_file_in_utf_8_with_or_without_bom_is_read_as_utf_8() {
        byte[] plain = LUND.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);

        assertThat(TextExtractor.extract(plain, "a.txt").charset()).isEqualTo("UTF-8");
        assertThat(TextExtractor.extract(bom, "a.txt").text()).doesNotStartWith("\uFEFF").contains("Plats och tid Skype");
    }

    @Test
    void utf_8_read_as_windows_1252_is_repaired() {
        String garbled = new String(LUND.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(garbled).contains("Ã¶");

        ParsedMinutes minutes = MinutesImport.parse(garbled.getBytes(StandardCharsets.UTF_8), "lund.txt");

        assertThat(minutes.paragraphs().getFirst().title()).isEqualTo("Sammanträdet öppnas");
        assertThat(minutes.association()).isEqualTo("Lunds samordningsförbund");
    }

    @Test
    void an_empty_file_is_refused() {
        assertRefused(new byte[0], "tom.pdf", EMPTY, "Filen är tom.");
        assertRefused(" \n\n \t\n".getBytes(StandardCharsets.UTF_8), "tom.txt", EMPTY, "ingen text");
        assertRefused(CorpusFiles.docx(" \n "), "tom.docx", EMPTY, "ingen text");
    }

    @Test
    void a_damaged_pdf_is_refused() {
        byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n\u0000\u0001 trasig".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(garbage, "trasig.pdf", DAMAGED, "PDF-filen är skadad");

        byte[] whole = CorpusFiles.pdf(LUND, null);
        assertRefused(Arrays.copyOf(whole, whole.length / 3), "avklippt.pdf", DAMAGED, "skadad");
    }

    @Test
    void a_file_named_pdf_or_docx_that_is_not_one_is_refused_as_damaged() {
        assertRefused("bara text".getBytes(StandardCharsets.UTF_8), "protokoll.pdf", DAMAGED, "heter .pdf");
        assertRefused("bara text".getBytes(StandardCharsets.UTF_8), "protokoll.docx", DAMAGED, "heter .docx");
    }

    @Test
    void a_damaged_word_file_is_refused() throws Exception {
        byte[] zip = zip("word/document.xml", "<w:document>inte klar");
        assertRefused(zip, "trasig.docx", DAMAGED, "Word-filen är skadad");
        byte[] truncated = Arrays.copyOf(CorpusFiles.docx(LUND), 200);
        assertRefused(truncated, "avklippt.docx", DAMAGED, "Word-filen är skadad");
    }

    @Test
    void an_encrypted_pdf_is_refused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(CorpusFiles.pdf(LUND, null))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", "hemligt", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
        }
        assertRefused(out.toByteArray(), "krypterad.pdf", ENCRYPTED, "PDF-filen är krypterad");
    }

    @Test
    void an_image_only_pdf_is_refused_as_having_no_text_layer() throws Exception {
        BufferedImage scan = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 560);
        g.setColor(Color.BLACK);
        g.drawString("§ 1 Sammanträdet öppnas", 40, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(Image.getInstance(scan, null));
        document.newPage();
        document.add(Image.getInstance(scan, null));
        document.close();

        assertRefused(out.toByteArray(), "inskannad.pdf", NO_TEXT_LAYER, "inget textlager");
    }

    @Test
    void unknown_types_are_refused_saying_what_they_are() throws Exception {
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}, "sida.png", UNKNOWN_TYPE, "bild (PNG)");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "gammal.doc", UNKNOWN_TYPE, ".doc");
        assertRefused(zip("xl/workbook.xml", "<workbook/>"), "budget.xlsx", UNKNOWN_TYPE, "Excel");
        assertRefused(zip("bilder/a.txt", "a"), "arkiv.zip", UNKNOWN_TYPE, "zip-arkiv");
        byte[] binary = new byte[400];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        assertRefused(binary, "okand.bin", UNKNOWN_TYPE, "Okänd filtyp");
    }

    @Test
    void readable_text_that_is_not_minutes_is_refused() {
        byte[] letter = "Hej!\n\nTack för senast. Vi ses på konferensen i maj.\n\nVänliga hälsningar\nAnna".getBytes(StandardCharsets.UTF_8);
        assertRefused(letter, "brev.txt", NOT_MINUTES, "inte ut att vara ett protokoll");
    }

    private static void assertRefused(byte[] bytes, String name, MinutesImportException.Reason reason, String message) {
        assertThatThrownBy(() -> MinutesImport.parse(bytes, name))
                .isInstanceOf(MinutesImportException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((MinutesImportException) e).reason()).isEqualTo(reason));
    }

    private static byte[] zip(String entry, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
