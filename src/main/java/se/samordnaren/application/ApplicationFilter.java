package se.samordnaren.application;

import java.util.Set;

/**
 * Filters of the applications list; null means "all". {@code statuses}: one status, or
 * {@link ApplicationStatus#UNDECIDED}; {@code receivedYear}: the application first came in that year (its first
 * version's date); {@code year}: the latest version asks for money that year.
 */
public record ApplicationFilter(Set<ApplicationStatus> statuses, Integer receivedYear, Integer year, String applicant) {

    public ApplicationFilter {
        statuses = statuses == null || statuses.isEmpty() ? null : Set.copyOf(statuses);
    }

    public static ApplicationFilter all() {
        return new ApplicationFilter(null, null, null, null);
    }
}
