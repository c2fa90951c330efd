package se.samordnaren.application;

import java.math.BigDecimal;

/** Coming demand on the money in one year: open ideas' rough amounts and undecided applications' requested money. */
public record DemandYear(int year, int ideaCount, BigDecimal ideaAmount, int applicationCount, BigDecimal applicationAmount) {

    public BigDecimal total() {
        return ideaAmount.add(applicationAmount);
    }
}
