package se.samordnaren.minutesimport;

import java.util.List;

/**
 * One paragraph (§): its number as written (restarting at 1 or running across the year), title, the section it stands
 * in ("Beslutsärenden" …, or null), its text without page furniture, and its decision. {@code firstLine} and
 * {@code lastLine} are 0-based line numbers in {@link ParsedMinutes#sourceText()}, so a review can show where it came
 * from; {@code doubts} says in Swedish what the recogniser was unsure of.
 */
public record Paragraph(int number, String title, String section, String text, Decision decision,
                        int firstLine, int lastLine, List<String> doubts) {

    public Paragraph {
        doubts = List.copyOf(doubts);
    }
}
