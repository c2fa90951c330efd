package se.samordnaren.minutesimport;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Word and PDF files made from the corpus texts, so that the tests run the extraction path: a .docx through POI (one
 * Word paragraph a line, a page break at a form feed) and a PDF through OpenPDF (the text set in Helvetica, so long
 * lines wrap as in a real PDF, with a running header, a page number and a "Justerandes signatur" footer on every page).
 */
final class CorpusFiles {

    private CorpusFiles() {
    }

    static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            boolean pageBreak = false;
            for (String page : text.split("\f", -1)) {
                for (String line : page.split("\n", -1)) {
                    XWPFParagraph paragraph = document.createParagraph();
                    if (pageBreak) {
                        paragraph.setPageBreak(true);
                        pageBreak = false;
                    }
                    paragraph.createRun().setText(line);
                }
                pageBreak = true;
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word file whose header is a two-column table (label | value, several lines in a cell), then the paragraphs. */
    static byte[] docxWithHeaderTable(List<String[]> header, String paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Protokoll styrelsen");
            XWPFTable table = document.createTable(header.size(), 2);
            for (int r = 0; r < header.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                row.getCell(0).setText(header.get(r)[0]);
                String[] values = header.get(r)[1].split("\n");
                row.getCell(1).setText(values[0]);
                for (int k = 1; k < values.length; k++) {
                    row.getCell(1).addParagraph().createRun().setText(values[k]);
                }
            }
            for (String line : paragraphs.split("\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(String text, String runningHeader) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 56, 56, 72, 72);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            BaseFont helvetica = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            Font font = new Font(helvetica, 10);
            Font small = new Font(helvetica, 8);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    if (runningHeader != null) {
                        ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT, new Phrase(runningHeader, small),
                                56, d.getPageSize().getHeight() - 40, 0);
                    }
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                            new Phrase("Sida " + w.getPageNumber(), small), d.getPageSize().getWidth() - 56,
                            d.getPageSize().getHeight() - 40, 0);
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT,
                            new Phrase("Justerandes signatur ____________", small), 56, 36, 0);
                }
            });
            document.open();
            boolean first = true;
            for (String page : text.split("\f", -1)) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                for (String line : page.split("\n", -1)) {
                    Paragraph paragraph = new Paragraph(line.isEmpty() ? " " : line, font);
                    paragraph.setLeading(13);
                    document.add(paragraph);
                }
            }
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
