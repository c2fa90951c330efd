package se.samordnaren.bookkeeping.sie;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of a SIE file into numbered lines of text, deciding the character set from the bytes. The format
 * prescribes CP437 ("#FORMAT PC8"), but real files also arrive as UTF-8 (with or without BOM) or Windows-1252/Latin-1
 * while still declaring PC8, and a few mix them:
 * <ol>
 * <li>a UTF-16 byte-order mark → UTF-16; a UTF-8 BOM, or bytes that are valid UTF-8 throughout → UTF-8;</li>
 * <li>otherwise CP437 or Windows-1252, whichever explains more of the bytes as Swedish letters (CP437 writes å ä ö Å Ä
 * Ö as 86 84 94 8F 8E 99, Windows-1252 as E5 E4 F6 C5 C4 D6); a tie (no such letters) goes to what {@code #FORMAT}
 * says — PC8 means CP437 —, else Windows-1252;</li>
 * <li>in a file that is not UTF-8 as a whole, a line that is valid UTF-8 with non-ASCII letters is read as UTF-8 (a
 * mixed file), the other lines in the single-byte set of step 2.</li>
 * </ol>
 * Lines end with LF, CRLF or a lone CR; a trailing DOS end-of-file mark (Ctrl-Z) is dropped.
 */
final class SieText {

    static final Charset CP437 = Charset.forName("IBM437");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    // Swedish (and a few common Western) letters as each single-byte set writes them.
    private static final int[] CP437_LETTERS = {0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82, 0x90, 0x81, 0x9A};
    private static final int[] LATIN_LETTERS = {0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0xC9, 0xFC, 0xDC};

    /** One line of the file: its 1-based number, its text, and the character set it was read in. */
    record SourceLine(int number, String text, Charset charset) {
    }

    record Decoded(List<SourceLine> lines, String charset, List<String> warnings) {
    }

    private SieText() {
    }

    static Decoded decode(byte[] bytes) {
        Decoded decoded = detect(bytes);
        decoded.lines().stream().filter(line -> line.text().indexOf('\ufffd') >= 0).findFirst()
                .ifPresent(line -> decoded.warnings().add("Rad " + line.number() + " (och kanske fler): filen"
                        + " innehåller tecken som inte går att läsa (\ufffd); de skadades troligen innan filen kom hit."));
        return decoded;
    }

    private static Decoded detect(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            String text = new String(bytes, StandardCharsets.UTF_16);
            Decoded utf8 = detect(text.getBytes(StandardCharsets.UTF_8));
            return new Decoded(utf8.lines(), "UTF-16", utf8.warnings());
        }
        boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int start = bom ? 3 : 0;
        int end = bytes.length;
        while (end > start && (bytes[end - 1] == 0x1A || bytes[end - 1] == 0)) {
            end--;
        }
        List<int[]> ranges = splitLines(bytes, start, end);
        List<String> warnings = new ArrayList<>();
        boolean declaresPc8 = declaresPc8(bytes, ranges);

        if (isAscii(bytes, start, end)) {
            return new Decoded(read(bytes, ranges, line -> CP437), "ASCII", warnings);
        }
        if (bom || isUtf8(bytes, start, end)) {
            if (declaresPc8) {
                warnings.add("Filen anger #FORMAT PC8 (CP437) men är skriven i UTF-8; den lästes som UTF-8.");
            }
            return new Decoded(read(bytes, ranges, line -> StandardCharsets.UTF_8), "UTF-8", warnings);
        }

        int cp437 = 0;
        int latin = 0;
        int utf8Lines = 0;
        int singleByteLines = 0;
        boolean[] utf8 = new boolean[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            int[] range = ranges.get(i);
            if (isAscii(bytes, range[0], range[1])) {
                continue;
            }
            if (isUtf8(bytes, range[0], range[1])) {
                utf8[i] = true;
                utf8Lines++;
                continue;
            }
            singleByteLines++;
            cp437 += count(bytes, range, CP437_LETTERS);
            latin += count(bytes, range, LATIN_LETTERS);
        }
        Charset single = cp437 > latin || (cp437 == latin && declaresPc8) ? CP437 : WINDOWS_1252;
        String name = single == CP437 ? "CP437" : "Windows-1252";
        if (single == WINDOWS_1252 && declaresPc8) {
            warnings.add("Filen anger #FORMAT PC8 (CP437) men tecknen är skrivna i Windows-1252/Latin-1; den lästes"
                    + " som Windows-1252.");
        }
        if (utf8Lines > 0) {
            warnings.add("Filen blandar teckenkodningar: " + utf8Lines + " rader i UTF-8 och " + singleByteLines
                    + " i " + name + "; varje rad lästes i sin egen kodning.");
            name = "UTF-8 + " + name;
        }
        return new Decoded(read(bytes, ranges, line -> utf8[line] ? StandardCharsets.UTF_8 : single), name, warnings);
    }

    private interface CharsetOfLine {
        Charset of(int lineIndex);
    }

    private static List<SourceLine> read(byte[] bytes, List<int[]> ranges, CharsetOfLine charsetOfLine) {
        List<SourceLine> lines = new ArrayList<>(ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            int[] range = ranges.get(i);
            Charset charset = charsetOfLine.of(i);
            lines.add(new SourceLine(i + 1, new String(bytes, range[0], range[1] - range[0], charset), charset));
        }
        return lines;
    }

    /** [start, end) of each line; LF, CRLF and a lone CR all end a line. */
    private static List<int[]> splitLines(byte[] bytes, int start, int end) {
        List<int[]> ranges = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i < end; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                ranges.add(new int[]{lineStart, i});
                if (bytes[i] == '\r' && i + 1 < end && bytes[i + 1] == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        if (lineStart < end) {
            ranges.add(new int[]{lineStart, end});
        }
        return ranges;
    }

    private static boolean declaresPc8(byte[] bytes, List<int[]> ranges) {
        for (int[] range : ranges) {
            String line = new String(bytes, range[0], range[1] - range[0], StandardCharsets.ISO_8859_1)
                    .strip().toUpperCase(Locale.ROOT);
            if (line.startsWith("#FORMAT")) {
                return line.contains("PC8");
            }
        }
        return false;
    }

    private static int count(byte[] bytes, int[] range, int[] letters) {
        int count = 0;
        for (int i = range[0]; i < range[1]; i++) {
            int b = bytes[i] & 0xFF;
            for (int letter : letters) {
                if (b == letter) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static boolean isAscii(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(byte[] bytes, int start, int end) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
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
