package se.samordnaren.meeting;

/** A record a decision may link to, found by its label (view linkable_record_label); its kind is a code. */
public record LinkableOption(long recordId, String kind, String label) {
}
