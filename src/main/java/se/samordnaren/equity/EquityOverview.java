package se.samordnaren.equity;

import java.util.List;

/** The /eget-kapital screen in one statement: every year of an annual result, then the forecast years. */
public record EquityOverview(List<EquityYear> history, List<EquityYear> forecast) {

    /** The latest year with an annual result, if any. */
    public java.util.Optional<EquityYear> latest() {
        return history.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(history.getLast());
    }
}
