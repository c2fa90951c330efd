package se.samordnaren.agenda;

import se.samordnaren.meeting.ItemKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A point the proposal would add: its text and the references that say what it is about. Two points are the same
 * matter when they share any reference (an application, a follow-up, an earlier §, a proposal, a yearly key, the
 * point carried on), so proposing again adds only what is missing.
 */
record Candidate(AgendaSource source, String title, ItemKind kind, String description, List<String> clauses,
                 String caseNumber, Long applicationId, Long followUpId, Long earlierItemId, Long proposalDecisionId,
                 String yearlyKey, Long carriedFromEntryId, List<Long> paperIds) {

    Candidate {
        clauses = List.copyOf(clauses);
        paperIds = List.copyOf(new ArrayList<>(new java.util.LinkedHashSet<>(paperIds)));
    }

    /** The references as "kind:value" keys. */
    List<String> keys() {
        return Stream.of(key("A", applicationId), key("F", followUpId), key("E", earlierItemId),
                key("P", proposalDecisionId), key("Y", yearlyKey), key("C", carriedFromEntryId))
                .filter(Objects::nonNull).toList();
    }

    private static String key(String kind, Object value) {
        return value == null ? null : kind + ":" + value;
    }
}
