package se.samordnaren.application;

import java.util.EnumSet;
import java.util.Set;

/** The state of an application, kept by the database from its latest step. */
public enum ApplicationStatus {
    RECEIVED, PREPARED, PROPOSED, REFERRED_BACK, DECIDED_GRANTED, DECIDED_REJECTED, WITHDRAWN;

    /** Not yet decided nor withdrawn: what the coming demand counts (view funding_demand_year). */
    public static final Set<ApplicationStatus> UNDECIDED = Set.copyOf(EnumSet.of(RECEIVED, PREPARED, PROPOSED, REFERRED_BACK));

    public String translationKey() {
        return "application.status." + name();
    }

    public boolean isFinal() {
        return this == DECIDED_GRANTED || this == WITHDRAWN;
    }
}
