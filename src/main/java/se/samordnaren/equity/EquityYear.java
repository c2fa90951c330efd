package se.samordnaren.equity;

import java.math.BigDecimal;

/**
 * One year of the equity against the guideline: from an annual result (history, equity_status) or from the decided
 * budgets and plans (forecast, equity_forecast). {@code excess} is equity minus the allowed level: positive above the
 * guideline, negative the room below it (null when no guideline step is in force). All figures come from SQL.
 */
public record EquityYear(int year, boolean forecast, BigDecimal income, BigDecimal costs, BigDecimal result,
                         BigDecimal equityEnd, BigDecimal allocation, BigDecimal maxShare, String source,
                         BigDecimal allowed, BigDecimal excess, BigDecimal ratioPercent) {

    /** "över riktlinjen" / "inom riktlinjen" / no guideline. */
    public EquityLevel level() {
        return EquityLevel.of(excess);
    }
}
