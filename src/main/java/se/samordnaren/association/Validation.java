package se.samordnaren.association;

import se.samordnaren.common.UserFacingException;

import java.util.regex.Pattern;

/** Checks shared by the association's forms and services; messages are translation keys. */
final class Validation {

    static final Pattern ORGANISATION_NUMBER = Pattern.compile("^[0-9]{6}-[0-9]{4}$");
    static final Pattern POSTAL_CODE = Pattern.compile("^[0-9]{3} ?[0-9]{2}$");

    private Validation() {
    }

    static String required(String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException(messageKey);
        }
        return value.trim();
    }

    static String optional(String value, Pattern pattern, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (!pattern.matcher(trimmed).matches()) {
            throw new UserFacingException(messageKey, trimmed);
        }
        return trimmed;
    }
}
