package se.samordnaren.meeting.signing;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.meeting.SignatureMethod;
import se.samordnaren.security.LoginThrottle;

/**
 * Signing by typing the account's password again, checked with the application's PasswordEncoder against the stored
 * hash. A wrong password counts as a failed sign-in ({@link LoginThrottle}, in its own transaction so the count stays
 * though the signing is refused); while the account is locked no password is even looked at.
 */
@Component
class PasswordSigning implements SigningMethod {

    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;

    PasswordSigning(PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
    }

    @Override
    public SignatureMethod kind() {
        return SignatureMethod.PASSWORD;
    }

    @Override
    public String confirm(Signer signer, String contentSha256, String secret) {
        if (throttle.confirmationLocked(signer.username())) {
            throw new UserFacingException("signing.error.locked");
        }
        if (secret == null || secret.isEmpty() || !passwordEncoder.matches(secret, signer.passwordHash())) {
            throttle.confirmationFailed(signer.username());
            throw new UserFacingException("signing.error.wrongPassword");
        }
        throttle.confirmationSucceeded(signer.username());
        // Stored as the record of how it was signed (Swedish, like the rest of the minutes).
        return "Lösenord i Samordnaren (användare " + signer.username() + ")";
    }
}
