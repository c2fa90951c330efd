package se.samordnaren.initiative;

import java.util.List;

/** The filtered insats list and the granted money per year of exactly those rows. */
public record InitiativeList(List<InitiativeRow> rows, List<YearAmount> totalsPerYear) {
}
