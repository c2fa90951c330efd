package se.samordnaren.initiative;

import java.time.LocalDate;

/** A report received from an insats: counts of participants only, never participant data. */
public record ReportDraft(long initiativeId, ReportKind kind, String title, LocalDate receivedOn, LocalDate periodFrom,
                          LocalDate periodTo, Integer participantsEnrolled, Integer participantsStarted,
                          Integer participantsEnded, String summary) {
}
