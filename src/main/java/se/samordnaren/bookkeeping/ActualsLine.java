package se.samordnaren.bookkeeping;

import se.samordnaren.budget.BudgetDirection;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the actuals of a year: a budget item, the sum of the income or the cost items, or the result (income
 * minus costs). Twelve monthly amounts (null where there is nothing), which months have rows from the bookkeeping and
 * which an amount by hand in them, and the year's total. Income and costs are both positive as actuals.
 * <p>
 * The months with imported or manual parts are bits (month 1 = bit 0), not the parts' amounts: the open page keeps
 * the year's lines (240 items on a large association), and the parts themselves are read when a figure is opened
 * ({@link ActualsService#cell}); heap per open page, docs/performance.md.
 */
public record ActualsLine(Kind kind, Long itemId, String name, BudgetDirection direction, List<BigDecimal> amounts,
                          int importedMonths, int manualMonths, BigDecimal total) {

    public enum Kind {
        ITEM, SUBTOTAL, RESULT
    }

    public ActualsLine {
        amounts = java.util.Collections.unmodifiableList(java.util.Arrays.asList(amounts.toArray(BigDecimal[]::new)));
    }

    /** The months (as bits, month 1 = bit 0) whose part is there and not zero. */
    public static int monthsWith(List<BigDecimal> parts) {
        int months = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) != null && parts.get(i).signum() != 0) {
                months |= 1 << i;
            }
        }
        return months;
    }

    /** The amount of month 1–12, null when there is none. */
    public BigDecimal month(int month) {
        return amounts.get(month - 1);
    }

    /** Whether the figure of the month has rows from the bookkeeping behind it. */
    public boolean hasImported(int month) {
        return (importedMonths & 1 << (month - 1)) != 0;
    }

    /** Whether the figure of the month has an amount entered by hand in it. */
    public boolean hasManual(int month) {
        return (manualMonths & 1 << (month - 1)) != 0;
    }
}
