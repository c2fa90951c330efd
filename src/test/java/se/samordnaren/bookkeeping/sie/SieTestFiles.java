package se.samordnaren.bookkeeping.sie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes SIE files the way producers do: a character set, a line end, with or without BOM. Also computes
 * {@code #KSUMMA} independently of the parser (the specification's table-driven CRC-32 and a regular expression for
 * the fields), so a checksum test does not check the parser against itself.
 */
public final class SieTestFiles {

    public static final Charset CP437 = Charset.forName("IBM437");
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final String CRLF = "\r\n";
    public static final String LF = "\n";

    private static final Pattern FIELD = Pattern.compile("\"((?:\\\\\"|[^\"])*)\"|([^\\s{}\"]+)");
    private static final long[] TABLE = table();

    private SieTestFiles() {
    }

    /** The lines joined with {@code eol} (and one after the last), encoded; a UTF-8 BOM first if asked. */
    public static byte[] encode(List<String> lines, Charset charset, String eol, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        lines.forEach(line -> out.writeBytes((line + eol).getBytes(charset)));
        return out.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /**
     * Replaces a last line "#KSUMMA ?" by the sum over the records after the first "#KSUMMA": labels and field contents
     * in CP437, without blanks, surrounding quotes, braces and line ends; an escaped quote counts as the quote.
     */
    public static List<String> withKsumma(List<String> lines) {
        int start = lines.indexOf("#KSUMMA");
        int end = lines.size() - 1;
        if (start < 0 || !lines.get(end).equals("#KSUMMA ?")) {
            throw new IllegalArgumentException("needs a line \"#KSUMMA\" and a last line \"#KSUMMA ?\"");
        }
        StringBuilder summed = new StringBuilder();
        for (String line : lines.subList(start + 1, end)) {
            Matcher matcher = FIELD.matcher(line);
            while (matcher.find()) {
                summed.append(matcher.group(1) != null ? matcher.group(1).replace("\\\"", "\"") : matcher.group(2));
            }
        }
        List<String> result = new java.util.ArrayList<>(lines.subList(0, end));
        result.add("#KSUMMA " + crc(summed.toString().getBytes(CP437)));
        return result;
    }

    /** The specification's algorithm (SIE filformat 4B, 10.11–10.13), transcribed: table for EDB88320, FFFFFFFF, inverted. */
    static long crc(byte[] bytes) {
        long crc = 0xFFFFFFFFL;
        for (byte b : bytes) {
            long temp1 = (crc >>> 8) & 0x00FFFFFFL;
            long temp2 = TABLE[(int) ((crc ^ b) & 0xFF)];
            crc = temp1 ^ temp2;
        }
        return crc ^ 0xFFFFFFFFL;
    }

    private static long[] table() {
        long[] table = new long[256];
        for (int i = 0; i <= 255; i++) {
            long crc = i;
            for (int j = 8; j > 0; j--) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
            }
            table[i] = crc;
        }
        return table;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
