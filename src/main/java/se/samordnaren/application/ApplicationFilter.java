package se.samordnaren.application;

/**
 * Filters of the applications list; null means "all". {@code receivedYear}: the application first came in that year
 * (its first version's date); {@code year}: the latest version asks for money that year.
 */
public record ApplicationFilter(ApplicationStatus status, Integer receivedYear, Integer year, String applicant) {

    public static ApplicationFilter all() {
        return new ApplicationFilter(null, null, null, null);
    }
}
