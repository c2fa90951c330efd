package se.samordnaren.budget;

import se.samordnaren.common.ParagraphRef;

import java.math.BigDecimal;
import java.util.List;

/**
 * Two versions side by side: per line and year the amount of a, of b and the difference b − a; per year the totals
 * of both and their differences. Years are those either version covers; a difference is null where only one does.
 */
public record BudgetComparison(Side a, Side b, List<Integer> years, List<Line> lines, List<Totals> totals) {

    public record Side(long id, int year, BudgetVersionKind kind, String name, ParagraphRef decidedAt) {
    }

    public record Line(long itemId, String name, BudgetDirection direction, BudgetCategory category, List<Cell> cells) {
    }

    public record Cell(int year, BigDecimal a, BigDecimal b, BigDecimal difference) {
    }

    public record Totals(int year, Figures income, Figures costs, Figures result) {
    }

    /** One figure in a, in b, and b − a (null where a version does not cover the year). */
    public record Figures(BigDecimal a, BigDecimal b, BigDecimal difference) {
    }

    public List<Line> lines(BudgetDirection direction) {
        return lines.stream().filter(l -> l.direction() == direction).toList();
    }
}
