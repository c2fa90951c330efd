package se.samordnaren.common;

import java.time.LocalDate;

/**
 * The one "§ reference": which paragraph of which minutes, as "Styrelsen 2021-03-19 § 5" (or "… Nvsf 88" where the
 * body numbers with a prefix), and the link that opens the minutes at that paragraph. Every feature that shows
 * where something was decided uses this record (and {@code ui.DecidedAtLink} to show it).
 */
public record ParagraphRef(long meetingId, String bodyName, String paragraphPrefix, LocalDate meetingDate, int number) {

    /** "§ 5", or "Nvsf 88" style "Nvsf § 88" when the body has a paragraph prefix. */
    public String paragraph() {
        return (paragraphPrefix == null || paragraphPrefix.isBlank() ? "" : paragraphPrefix + " ") + "§ " + number;
    }

    /** "Styrelsen 2021-03-19 § 5" */
    public String label() {
        return bodyName + " " + meetingDate + " " + paragraph();
    }

    /** The route that opens the minutes scrolled to this paragraph. */
    public String href() {
        return "sammantraden/" + meetingId + "?paragraf=" + number;
    }
}
