package se.samordnaren.equity;

import java.math.BigDecimal;

/** Where a year's equity stands against the guideline: above the allowed level, within it, or no step in force. */
public enum EquityLevel {
    ABOVE, WITHIN, NO_GUIDELINE;

    /** From the excess (equity − allowed, null when no guideline step applies). */
    public static EquityLevel of(BigDecimal excess) {
        if (excess == null) {
            return NO_GUIDELINE;
        }
        return excess.signum() > 0 ? ABOVE : WITHIN;
    }

    public String translationKey() {
        return "equity.level." + name();
    }
}
