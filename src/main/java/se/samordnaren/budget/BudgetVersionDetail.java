package se.samordnaren.budget;

import se.samordnaren.common.ParagraphRef;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One version with its lines (every item with an amount in it; while undecided also every active item) and, per
 * line, one cell for each of its three years (the budget year and the two plan years), empty where nothing is
 * entered; and the totals per year.
 */
public record BudgetVersionDetail(long id, int version, int year, BudgetVersionKind kind, String name, String note,
                                  ParagraphRef decidedAt, boolean reference, Long copiedFromId, String copiedFromName,
                                  OffsetDateTime createdAt, String createdBy, List<Line> lines,
                                  List<BudgetYearTotal> totals) {

    /** A budget line of this version. */
    public record Line(long itemId, String name, BudgetDirection direction, BudgetCategory category, boolean active,
                       List<Cell> cells) {
    }

    /** The amount of a line in one year; {@code amountId}, {@code amountVersion} and {@code amount} null when empty. */
    public record Cell(int year, Long amountId, Integer amountVersion, BigDecimal amount, String note) {
    }

    public boolean decided() {
        return decidedAt != null;
    }

    /** The budget year and the two plan years. */
    public List<Integer> years() {
        return IntStream.rangeClosed(year, year + 2).boxed().toList();
    }

    public List<Line> lines(BudgetDirection direction) {
        return lines.stream().filter(l -> l.direction() == direction).toList();
    }
}
