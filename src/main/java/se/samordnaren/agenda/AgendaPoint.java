package se.samordnaren.agenda;

import se.samordnaren.meeting.ItemKind;

import java.util.List;

/**
 * One point of a meeting's agenda as the kallelse, the agenda editor and the conversion to minutes read it.
 * proposalClauses are the "Att …" clauses of "Förslag till beslut", one per element, without the leading "Att".
 * itemId is the § the point became once the meeting was held; notReached marks a point the meeting did not reach.
 */
public record AgendaPoint(long id, int version, int position, String title, ItemKind kind, String description,
                          List<String> proposalClauses, String caseNumber, AgendaSource source, Long itemId,
                          boolean notReached, List<AgendaPaper> papers) {

    public AgendaPoint {
        proposalClauses = List.copyOf(proposalClauses);
        papers = List.copyOf(papers);
    }

    /** A paper (handling) of the point: an attachment of the register, downloaded at /bilagor/{attachmentId}. */
    public record AgendaPaper(long attachmentId, String fileName, String contentType, long sizeBytes) {
    }
}
