package se.samordnaren.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the applications list: the case with its latest version and latest step. */
public record ApplicationSummary(long id, ApplicationStatus status, String applicant, String caseNumber, String title,
                                 int versionNo, BigDecimal requestedTotal, LocalDate firstReceivedOn,
                                 StepKind lastStep, LocalDate lastStepOn, Long initiativeId) {
}
