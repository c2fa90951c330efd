package se.samordnaren.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * A first grant: money per year on one deciding § ({@code decisionId}), or an opening balance decided before the
 * association used the application ({@code openingBalance}, with {@code openingDecidedOn} and a reference text).
 */
public record GrantEntry(long initiativeId, Long decisionId, boolean openingBalance, LocalDate openingDecidedOn,
                         String openingReference, List<YearAmount> amounts, String note) {
}
