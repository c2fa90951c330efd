package se.samordnaren.minutesimport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static se.samordnaren.minutesimport.MinutesImportException.Reason.DAMAGED;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.EMPTY;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.ENCRYPTED;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.NO_TEXT_LAYER;
import static se.samordnaren.minutesimport.MinutesImportException.Reason.UNKNOWN_TYPE;

/**
 * Text out of a file, recognised by its bytes (the name only sharpens the message): PDF through PDFBox (page by page,
 * in reading order), Word .docx through POI (paragraphs and tables in document order, a table row as one line with
 * its cells separated by tabs) and plain text (UTF-8 or Windows-1252, decided from the bytes). Everything else is
 * refused with a Swedish message.
 */
public final class TextExtractor {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextExtractor() {
    }

    public static ExtractedText extract(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            throw new MinutesImportException(EMPTY, "Filen är tom.");
        }
        if (isPdf(bytes)) {
            return pdf(bytes);
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return zip(bytes, name);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new MinutesImportException(UNKNOWN_TYPE, "Filen är ett äldre Word-dokument (.doc) eller ett "
                    + "lösenordsskyddat Office-dokument och kan inte läsas. Spara den som .docx eller PDF utan lösenord.");
        }
        String image = imageKind(bytes);
        if (image != null) {
            throw new MinutesImportException(UNKNOWN_TYPE, "Filen är en bild (" + image + "), inte ett dokument med "
                    + "text. Kör textigenkänning (OCR) och spara som PDF, eller ladda upp protokollet som PDF, Word eller text.");
        }
        if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            throw new MinutesImportException(UNKNOWN_TYPE,
                    "RTF-filer kan inte läsas. Spara protokollet som .docx, PDF eller text.");
        }
        if (name.endsWith(".pdf")) {
            throw new MinutesImportException(DAMAGED, "Filen heter .pdf men innehållet är ingen PDF: den är skadad "
                    + "eller av fel typ.");
        }
        if (name.endsWith(".docx")) {
            throw new MinutesImportException(DAMAGED, "Filen heter .docx men innehållet är inget Word-dokument: den "
                    + "är skadad eller av fel typ.");
        }
        return text(bytes);
    }

    // ---------------------------------------------------------------- PDF

    private static boolean isPdf(byte[] bytes) {
        byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        int limit = Math.min(bytes.length - magic.length, 1024);
        for (int i = 0; i <= limit; i++) {
            if (Arrays.equals(bytes, i, i + magic.length, magic, 0, magic.length)) {
                return true;
            }
        }
        return false;
    }

    private static ExtractedText pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new MinutesImportException(DAMAGED, "PDF-filen är skadad: den har inga sidor som kan läsas.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            // Reading order by position: a header laid out as a table comes out row by row ("Plats och tid  Skype, …").
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageStart("");
            stripper.setPageEnd("\f");
            String all = stripper.getText(document);
            List<String> pages = new ArrayList<>(Arrays.asList(all.split("\f", -1)));
            while (pages.size() > pageCount && pages.getLast().isBlank()) {
                pages.removeLast();
            }
            if (pages.stream().allMatch(String::isBlank)) {
                throw new MinutesImportException(NO_TEXT_LAYER, "PDF-filen har inget textlager: den verkar bestå av "
                        + "inskannade bilder. Kör textigenkänning (OCR) på den och försök igen.");
            }
            return new ExtractedText(SourceType.PDF, pages, null);
        } catch (InvalidPasswordException e) {
            throw new MinutesImportException(ENCRYPTED, "PDF-filen är krypterad (lösenordsskyddad) och kan inte "
                    + "läsas. Spara en kopia utan lösenord och försök igen.", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MinutesImportException refusal) {
                throw refusal;
            }
            throw new MinutesImportException(DAMAGED, "PDF-filen är skadad och kan inte läsas (" + e.getMessage() + ").", e);
        }
    }

    // ---------------------------------------------------------------- DOCX

    private static ExtractedText zip(byte[] bytes, String name) {
        List<String> entries = zipEntries(bytes);
        if (entries.contains("word/document.xml")) {
            return docx(bytes);
        }
        if (entries.stream().anyMatch(entry -> entry.startsWith("xl/"))) {
            throw new MinutesImportException(UNKNOWN_TYPE, "Filen är ett Excel-dokument, inte ett protokoll.");
        }
        if (entries.stream().anyMatch(entry -> entry.startsWith("ppt/"))) {
            throw new MinutesImportException(UNKNOWN_TYPE, "Filen är en PowerPoint-presentation, inte ett protokoll.");
        }
        if (entries.contains("content.xml")) {
            throw new MinutesImportException(UNKNOWN_TYPE, "OpenDocument-filer (.odt) kan inte läsas. Spara "
                    + "protokollet som .docx eller PDF.");
        }
        if (name.endsWith(".docx") || entries.isEmpty()) {
            throw new MinutesImportException(DAMAGED, "Word-filen är skadad och kan inte läsas.");
        }
        throw new MinutesImportException(UNKNOWN_TYPE, "Filen är ett zip-arkiv, inte ett protokoll. Packa upp det och "
                + "ladda upp filerna var för sig.");
    }

    private static List<String> zipEntries(byte[] bytes) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && names.size() < 10_000) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            // A truncated archive: whatever was listed before the damage.
        }
        return names;
    }

    private static ExtractedText docx(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                appendElement(element, lines);
            }
            String text = String.join("\n", lines);
            if (text.isBlank()) {
                throw new MinutesImportException(EMPTY, "Word-filen innehåller ingen text.");
            }
            return new ExtractedText(SourceType.DOCX, Arrays.asList(text.split("\f", -1)), null);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MinutesImportException refusal) {
                throw refusal;
            }
            throw new MinutesImportException(DAMAGED, "Word-filen är skadad och kan inte läsas (" + e.getMessage() + ").", e);
        }
    }

    private static void appendElement(IBodyElement element, List<String> lines) {
        switch (element) {
            case XWPFParagraph paragraph -> lines.add(paragraph.getText());
            case XWPFTable table -> {
                for (XWPFTableRow row : table.getRows()) {
                    appendRow(row, lines);
                }
            }
            case XWPFSDT sdt -> lines.addAll(Arrays.asList(sdt.getContent().getText().split("\n", -1)));
            default -> {
            }
        }
    }

    /** Cells side by side: line i of the row is line i of every cell, separated by tabs (as a PDF reads a table). */
    private static void appendRow(XWPFTableRow row, List<String> lines) {
        List<List<String>> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            List<String> cellLines = new ArrayList<>();
            for (IBodyElement element : cell.getBodyElements()) {
                appendElement(element, cellLines);
            }
            while (!cellLines.isEmpty() && cellLines.getLast().isBlank()) {
                cellLines.removeLast();
            }
            cells.add(cellLines);
        }
        int height = cells.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < height; i++) {
            List<String> parts = new ArrayList<>();
            for (List<String> cell : cells) {
                parts.add(i < cell.size() ? cell.get(i).strip() : "");
            }
            lines.add(String.join("\t", parts).strip());
        }
    }

    // ---------------------------------------------------------------- plain text

    private static ExtractedText text(byte[] bytes) {
        Charset charset;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            offset = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else {
            charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String text = new String(bytes, offset, bytes.length - offset, charset);
        if (looksBinary(text)) {
            throw new MinutesImportException(UNKNOWN_TYPE, "Okänd filtyp: filen är varken PDF, Word (.docx) eller "
                    + "text och kan inte läsas som protokoll.");
        }
        if (text.isBlank()) {
            throw new MinutesImportException(EMPTY, "Filen innehåller ingen text.");
        }
        return new ExtractedText(SourceType.TXT, Arrays.asList(text.split("\f", -1)), charset.name());
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean looksBinary(String text) {
        long control = text.chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return text.indexOf('\0') >= 0 || control > Math.max(2, text.length() / 100);
    }

    private static String imageKind(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (startsWith(bytes, 'I', 'I', 0x2A, 0x00) || startsWith(bytes, 'M', 'M', 0x00, 0x2A)) {
            return "TIFF";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
