package se.samordnaren.initiative;

import java.util.List;

/** What the insats list's filter matches: how many insatser, and their granted money per year. */
public record InitiativeTotals(int count, List<YearAmount> perYear) {
}
