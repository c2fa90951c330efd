package se.samordnaren.meeting.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.util.function.IntFunction;

/**
 * The frame of every page of the application's printed documents (the protocol, the kallelse, the board report),
 * drawn when a page ends: a running header — the association in bold and the body on the left, the kind of document
 * and its date on the right, a light rule under them — and a footer — a light rule, a name on the left and the page
 * number on the right. A document's frame extends this with what it draws on each page ({@link #draw}); a mark of its
 * own under the header (draft, revision) stands relative to {@link #headerTop}. "Sida 2 av 7" needs the number of
 * pages before the last one is laid out: {@link #twoPass}.
 */
public abstract class PageFrame extends PdfPageEventHelper {

    /** The light grey of the rules. */
    public static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    /** The grey of the footer's text. */
    public static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final int totalPages;
    private final Font associationFont;
    private final Font bodyFont;
    private final Font kindFont;
    private final Font dateFont;
    private final Font footerFont;
    private int pages;

    /** @param totalPages the pages of the document, or 0 on the pass that counts them */
    protected PageFrame(int totalPages) {
        this.totalPages = totalPages;
        BaseFont regular = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        associationFont = new Font(bold, 12f);
        bodyFont = new Font(regular, 10.5f);
        kindFont = new Font(bold, 16f);
        dateFont = new Font(regular, 9f);
        footerFont = new Font(regular, 8.5f, Font.NORMAL, GREY);
    }

    /** One layout of a document: its bytes and how many pages it took. */
    public record Pass(byte[] bytes, int pages) {
    }

    /**
     * Lays the document out twice: the first pass (total 0) counts the pages so that every footer of the second can
     * say "Sida 2 av 7".
     */
    public static byte[] twoPass(IntFunction<Pass> layout) {
        return layout.apply(layout.apply(0).pages()).bytes();
    }

    @Override
    public final void onEndPage(PdfWriter writer, Document document) {
        pages = writer.getPageNumber();
        draw(writer, document, pages, totalPages);
    }

    /** Draws the frame of the page that ends; {@code totalPages} is 0 on the counting pass. */
    protected abstract void draw(PdfWriter writer, Document document, int page, int totalPages);

    /** The pages laid out so far (after the document is closed: all of them). */
    public final int pages() {
        return pages;
    }

    /** Where the header's first line stands; the lines under it are drawn relative to it. */
    protected static float headerTop(Document document) {
        return document.getPageSize().getHeight() - 40;
    }

    /** The running header: association and body on the left, the kind of document and its date on the right. */
    protected final void header(PdfContentByte canvas, Document document, String association, String body, String kind,
                                String date) {
        float left = document.left();
        float right = document.right();
        float top = headerTop(document);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(nullToEmpty(association), associationFont), left, top, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(nullToEmpty(body), bodyFont), left, top - 15, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(nullToEmpty(kind), kindFont), right, top, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(nullToEmpty(date), dateFont), right, top - 15, 0);
        rule(canvas, left, right, top - 24);
    }

    /** The footer on the baseline: a rule above it, a name on the left and the page on the right. */
    protected final void footer(PdfContentByte canvas, Document document, float baseline, String name, String page) {
        float left = document.left();
        float right = document.right();
        rule(canvas, left, right, baseline + 14);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(nullToEmpty(name), footerFont), left, baseline, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(nullToEmpty(page), footerFont), right, baseline, 0);
    }

    /** Text in the footer's small grey, for a document's own footer line (the protocol's initials). */
    protected final Phrase footerText(String text) {
        return new Phrase(nullToEmpty(text), footerFont);
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
