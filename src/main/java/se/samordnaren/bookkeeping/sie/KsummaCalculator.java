package se.samordnaren.bookkeeping.sie;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.zip.CRC32;

/**
 * The {@code #KSUMMA} checksum as SIE filformat 4B, chapter 10, defines it: CRC-32 with the generator polynomial
 * EDB88320, preset to FFFFFFFF and inverted at the end — the CRC-32 of zip, which {@link CRC32} computes. It runs over
 * every record after the opening {@code #KSUMMA} up to, not including, the closing one: each record's label and the
 * content of each of its fields, in code page 437, <em>without</em> the blanks and tabs between fields, the quotes
 * around fields, the braces around object lists and around a voucher's rows, and line ends; an escaped quote
 * {@code \"} inside a field counts as the quote alone. Example from the specification: {@code #KONTO 1915 "Kassa
 * \"special\""} contributes {@code #KONTO1915Kassa "special"}.
 * <p>
 * Beside the specification's CP437 bytes, a second sum over the characters as the file itself encodes them (UTF-8,
 * Windows-1252) is kept, because programs that write UTF-8 files may have summed their own bytes.
 */
final class KsummaCalculator {

    private final CRC32 cp437 = new CRC32();
    private final CRC32 ownCharset = new CRC32();
    private final CharsetEncoder cp437Encoder = SieText.CP437.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);

    void add(SieRecord record, Charset charset) {
        add(record.label(), charset);
        for (SieRecord.Token token : record.fields()) {
            switch (token) {
                case SieRecord.Field field -> add(field.value(), charset);
                case SieRecord.ObjectList list -> list.items().forEach(item -> add(item.value(), charset));
            }
        }
    }

    /** The specification's sum (CP437 bytes). */
    long value() {
        return cp437.getValue();
    }

    /** The sum over the file's own bytes for the same characters. */
    long valueInOwnCharset() {
        return ownCharset.getValue();
    }

    private void add(String text, Charset charset) {
        if (text.isEmpty()) {
            return;
        }
        try {
            ByteBuffer bytes = cp437Encoder.reset().encode(CharBuffer.wrap(text));
            cp437.update(bytes);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("CP437 encoder set to replace, cannot fail", e);
        }
        ownCharset.update(text.getBytes(charset));
    }
}
