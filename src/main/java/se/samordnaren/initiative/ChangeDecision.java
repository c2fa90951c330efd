package se.samordnaren.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * A change decision: extend, shorten, increase or stop. {@code amounts} are positive per year; the ledger gets
 * them with the sign of the kind. {@code newPlannedEnd} for extend/shorten, {@code actualEnd} for stop.
 */
public record ChangeDecision(long initiativeId, int initiativeVersion, ChangeKind kind, long decisionId,
                             List<YearAmount> amounts, LocalDate newPlannedEnd, LocalDate actualEnd, String note) {
}
