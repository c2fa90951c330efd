package se.samordnaren.minutesimport;

import java.time.LocalDate;
import java.util.List;

/**
 * Minutes as recognised from one file. Anything not found is null (or an empty list); {@code warnings} says in
 * Swedish what was missing or uncertain, for the review before saving. {@code sourceText} is the extracted text (pages
 * separated by form feeds), the reference for the paragraphs' line numbers.
 */
public record ParsedMinutes(
        Body body,
        String association,
        LocalDate date,
        String time,
        String place,
        List<Participant> participants,
        String secretary,
        String chair,
        List<String> justerare,
        LocalDate justeringDate,
        String justeringPlace,
        LocalDate anslagUp,
        LocalDate anslagDown,
        List<Signature> signatures,
        List<Paragraph> paragraphs,
        SourceType sourceType,
        String sourceText,
        List<String> warnings) {

    public ParsedMinutes {
        participants = List.copyOf(participants);
        justerare = List.copyOf(justerare);
        signatures = List.copyOf(signatures);
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }
}
