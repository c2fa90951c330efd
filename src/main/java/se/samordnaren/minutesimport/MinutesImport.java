package se.samordnaren.minutesimport;

/** One file in, minutes out: text extraction and recognition together. No database, no Spring. */
public final class MinutesImport {

    private MinutesImport() {
    }

    /**
     * Reads the file's text and recognises the minutes in it. {@code fileName} sharpens the messages and gives a last
     * guess of the date ("protokoll-2021-03-19.pdf"); it may be null.
     *
     * @throws MinutesImportException with a Swedish message when the file cannot be read or is not minutes
     */
    public static ParsedMinutes parse(byte[] bytes, String fileName) {
        ExtractedText text = TextExtractor.extract(bytes, fileName);
        return MinutesRecognizer.recognize(text, fileName);
    }
}
