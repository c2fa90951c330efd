package se.samordnaren.bookkeeping;

import java.util.List;

/** The actuals of a year, item by item and month by month, with the sums of income and costs and the result. */
public record ActualsYear(int year, List<ActualsLine> lines) {

    public ActualsYear {
        lines = List.copyOf(lines);
    }
}
