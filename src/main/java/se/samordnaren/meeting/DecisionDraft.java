package se.samordnaren.meeting;

import java.util.List;

/**
 * The decision of a § (id null for a new one): intro ("Styrelsen beslutade"; blank = the body's verb), outcome,
 * the "Att …" clauses and free references in order, and the decisions it relates to.
 */
public record DecisionDraft(
        Long id,
        Integer version,
        long itemId,
        String intro,
        DecisionOutcome outcome,
        Long proposalToBodyId,
        Long answersProposalId,
        Long correctsDecisionId,
        List<String> clauses,
        List<String> references) {

    public static DecisionDraft of(Minutes.Paragraph p) {
        Minutes.Decision d = p.decision();
        if (d == null) {
            return new DecisionDraft(null, null, p.id(), null, DecisionOutcome.APPROVED, null, null, null, List.of(), List.of());
        }
        return new DecisionDraft(d.id(), d.version(), p.id(), d.intro(), d.outcome(), d.proposalToBodyId(),
                d.answersProposalId(), d.correctsDecisionId(),
                d.clauses().stream().map(Minutes.Clause::text).toList(),
                d.references().stream().map(Minutes.Reference::text).toList());
    }
}
