package se.samordnaren.admin;

import se.samordnaren.security.Role;

/** A user of the application as the user administration shows it (never the password hash). */
public record UserAccount(Long id, String username, String fullName, String email, Role role, boolean enabled, Integer version) {

    public static UserAccount empty() {
        return new UserAccount(null, "", "", "", Role.STYRELSE, true, null);
    }

    public boolean isNew() {
        return id == null;
    }
}
