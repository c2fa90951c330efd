package se.samordnaren.agenda;

import se.samordnaren.meeting.ItemKind;

/**
 * A point to add to a meeting's agenda (id null; it goes last, source MANUAL) or to change. proposal holds the
 * "Förslag till beslut" clauses one per line; a leading "Att" on a line is left out when stored.
 */
public record AgendaPointDraft(
        Long id,
        Integer version,
        long meetingId,
        String title,
        ItemKind kind,
        String description,
        String proposal,
        String caseNumber) {

    public static AgendaPointDraft of(long meetingId, AgendaPoint p) {
        return new AgendaPointDraft(p.id(), p.version(), meetingId, p.title(), p.kind(), p.description(),
                String.join("\n", p.proposalClauses()), p.caseNumber());
    }
}
