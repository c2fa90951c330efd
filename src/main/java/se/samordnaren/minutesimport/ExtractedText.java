package se.samordnaren.minutesimport;

import java.util.List;

/** The text of a file, page by page (a text or Word file is one page unless it has form feeds). */
public record ExtractedText(SourceType type, List<String> pages, String charset) {

    public ExtractedText {
        pages = List.copyOf(pages);
    }

    /** All pages, separated by form feeds. */
    public String text() {
        return String.join("\f", pages);
    }
}
