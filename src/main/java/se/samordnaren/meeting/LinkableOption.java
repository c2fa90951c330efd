package se.samordnaren.meeting;

/** A record a decision may link to, found by its label (view linkable_record_label). */
public record LinkableOption(long recordId, String kind, String kindLabel, String label) {

    /** A kind of linkable record: code and Swedish label ("MEETING", "Sammanträde"). */
    public record Kind(String code, String label) {
    }
}
