package se.samordnaren.bookkeeping;

import se.samordnaren.budget.BudgetDirection;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the actuals of a year: a budget item, the sum of the income or the cost items, or the result (income
 * minus costs). Twelve monthly amounts (null where there is nothing) with the part imported from the bookkeeping and
 * the part entered by hand, and the year's total. Income and costs are both positive as actuals.
 */
public record ActualsLine(Kind kind, Long itemId, String name, BudgetDirection direction, List<BigDecimal> amounts,
                          List<BigDecimal> imported, List<BigDecimal> manual, BigDecimal total) {

    public enum Kind {
        ITEM, SUBTOTAL, RESULT
    }

    public ActualsLine {
        amounts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(amounts));
        imported = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(imported));
        manual = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(manual));
    }

    /** The amount of month 1–12, null when there is none. */
    public BigDecimal month(int month) {
        return amounts.get(month - 1);
    }

    /** Whether the figure of the month has rows from the bookkeeping behind it. */
    public boolean hasImported(int month) {
        BigDecimal part = imported.get(month - 1);
        return part != null && part.signum() != 0;
    }

    /** Whether the figure of the month has an amount entered by hand in it. */
    public boolean hasManual(int month) {
        return manual.get(month - 1) != null && manual.get(month - 1).signum() != 0;
    }
}
