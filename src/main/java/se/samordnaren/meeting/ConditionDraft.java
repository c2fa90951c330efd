package se.samordnaren.meeting;

import java.time.LocalDate;

/** A follow-up (villkor / återrapportering) on a decision: due by a date or at a meeting, not both. */
public record ConditionDraft(
        Long id,
        Integer version,
        long decisionId,
        String description,
        Long responsiblePersonId,
        LocalDate dueDate,
        Long dueMeetingId) {
}
