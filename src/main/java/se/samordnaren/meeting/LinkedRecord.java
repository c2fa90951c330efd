package se.samordnaren.meeting;

import java.util.Optional;

/**
 * A record a decision touched (the columns of the view decision_link_target): its kind ("MEETING"; the translation key
 * {@link #kindKey()} names it), its label ("Styrelsen 2020-11-27"), its id in its own table ({@code targetId}) and the
 * note of the link.
 */
public record LinkedRecord(
        long linkId,
        long decisionId,
        int paragraphNumber,
        long recordId,
        String kind,
        String label,
        Long targetId,
        String note) {

    /** The translation key of a kind of linkable record, e.g. meeting.linkKind.MEETING = "Sammanträde". */
    public static String kindKey(String kind) {
        return "meeting.linkKind." + kind;
    }

    public String kindKey() {
        return kindKey(kind);
    }

    /** The page of the linked record, where the application has one. */
    public Optional<String> href() {
        if (targetId == null) {
            return Optional.empty();
        }
        return switch (kind) {
            case "MEETING" -> Optional.of("sammantraden/" + targetId);
            case "INITIATIVE" -> Optional.of("insatser/" + targetId);
            case "FUNDING_APPLICATION" -> Optional.of("ansokningar/" + targetId);
            case "BUDGET_VERSION" -> Optional.of("budget/" + targetId);
            default -> Optional.empty();
        };
    }
}
