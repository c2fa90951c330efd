package se.samordnaren.minutesimport;

import java.util.Locale;

/**
 * How a person took part, as the protocol header groups them: ledamöter/beslutande, tjänstgörande ersättare,
 * ersättare who did not serve, and others present.
 */
public enum Attendance {
    DECISION_MAKER, SERVING_SUBSTITUTE, SUBSTITUTE, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
