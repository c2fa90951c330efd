package se.samordnaren.meeting;

/** A § to add (id null; it gets the next number) or to change. */
public record ParagraphDraft(
        Long id,
        Integer version,
        long meetingId,
        String title,
        ItemKind kind,
        String bodyText,
        String caseNumber) {

    public static ParagraphDraft of(long meetingId, Minutes.Paragraph p) {
        return new ParagraphDraft(p.id(), p.version(), meetingId, p.title(), p.kind(), p.bodyText(), p.caseNumber());
    }
}
