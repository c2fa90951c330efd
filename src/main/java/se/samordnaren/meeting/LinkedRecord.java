package se.samordnaren.meeting;

import java.util.Optional;

/**
 * A record a decision touched (row of the view decision_link_target): its kind ("MEETING", label "Sammanträde"),
 * its label ("Styrelsen 2020-11-27"), its id in its own table ({@code targetId}) and the note of the link.
 */
public record LinkedRecord(
        long linkId,
        long decisionId,
        int paragraphNumber,
        long recordId,
        String kind,
        String kindLabel,
        String label,
        Long targetId,
        String note) {

    /** The page of the linked record, where the application has one. */
    public Optional<String> href() {
        if ("MEETING".equals(kind) && targetId != null) {
            return Optional.of("sammantraden/" + targetId);
        }
        return Optional.empty();
    }
}
