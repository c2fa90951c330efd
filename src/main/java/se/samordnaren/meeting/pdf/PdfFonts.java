package se.samordnaren.meeting.pdf;

import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fonts of the application's printed documents (the minutes, the board report): the PDF standard Helvetica in
 * Windows-1252, which every reader has, so nothing is embedded and å, ä, ö, é, "–" and "§" print right. Characters
 * outside Windows-1252 would be lost: {@link #printable} replaces the ones our formats use.
 */
public final class PdfFonts {

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return create(BaseFont.HELVETICA);
    }

    public static BaseFont bold() {
        return create(BaseFont.HELVETICA_BOLD);
    }

    public static BaseFont italic() {
        return create(BaseFont.HELVETICA_OBLIQUE);
    }

    /**
     * The text with the minus sign of our number formats (U+2212, not in Windows-1252) as an en dash, and "§ 9" kept
     * on one line.
     */
    public static String printable(String text) {
        return text == null ? "" : text.replace('\u2212', '\u2013').replace("§ ", "§\u00a0");
    }

    private static BaseFont create(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
