package se.samordnaren.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;

/** What an applicant applied for in one version: text, period and the requested money per year. */
public record VersionDraft(LocalDate receivedOn, String title, String targetGroup, se.samordnaren.initiative.Orientation orientation, String description,
                           LocalDate periodStart, LocalDate periodEnd, String changeNote,
                           SortedMap<Integer, BigDecimal> requestedPerYear) {
}
