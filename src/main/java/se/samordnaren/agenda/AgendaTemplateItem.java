package se.samordnaren.agenda;

import se.samordnaren.meeting.ItemKind;

import java.util.List;

/**
 * A standing item of a body's agenda (opening, choice of justerare …): id and version null for the default list or a
 * new row; proposalClauses are the "Att …" clauses without the leading "Att".
 */
public record AgendaTemplateItem(Long id, Integer version, String title, ItemKind kind, List<String> proposalClauses) {

    public AgendaTemplateItem {
        proposalClauses = proposalClauses == null ? List.of() : List.copyOf(proposalClauses);
    }
}
