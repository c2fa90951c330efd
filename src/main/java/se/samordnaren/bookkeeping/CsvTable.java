package se.samordnaren.bookkeeping;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as a {@link Table} (Apache Commons CSV): any one-character delimiter, fields in double quotes that may
 * hold the delimiter, line breaks and quotes written twice ({@code ""}). The character set comes from the bytes:
 * UTF-8 (with or without BOM) when they are valid UTF-8, else Windows-1252 (what Excel on a Swedish Windows writes).
 */
final class CsvTable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvTable() {
    }

    static Table read(byte[] bytes, char delimiter) throws BookkeepingFileException {
        Decoded text = decode(bytes);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), format)) {
            for (CSVRecord record : parser) {
                List<Table.Cell> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(new Table.Text(value)));
                rows.add(new Table.Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BookkeepingFileException(rows.size() + 1, "raden går inte att läsa som CSV: ett citattecken"
                    + " avslutas aldrig eller står mitt i ett fält.");
        }
        return new Table(rows, text.charset());
    }

    /** The delimiter that splits the first line into the most fields: semicolon, tab, comma or vertical bar. */
    static char guessDelimiter(byte[] bytes) {
        String text = decode(bytes).text();
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char best = ';';
        int most = 0;
        for (char candidate : new char[] {';', '\t', ',', '|'}) {
            int count = 0;
            boolean quoted = false;
            for (char c : first.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    record Decoded(String text, String charset) {
    }

    static Decoded decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
    }
}
