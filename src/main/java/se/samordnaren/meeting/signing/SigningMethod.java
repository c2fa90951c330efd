package se.samordnaren.meeting.signing;

import se.samordnaren.meeting.SignatureMethod;

/**
 * How a signatory proves, at the moment of signing, that it is they who sign: the extension point for signing
 * methods. {@link PasswordSigning} (the account's password typed again) is the one there is; a Swedish e-ID signing
 * service (BankID or Freja eID through a signing provider) is added as another implementation: a Spring bean of this
 * type whose {@link #kind()} is a new {@link SignatureMethod} value (and the value added to minutes_signature.method's
 * check in a changelog), whose {@link #confirm} lets the provider sign {@code contentSha256} for the signer's personal
 * identity number and answers what to record as method_detail ("Svensk e-legitimation (BankID)"). The service
 * ({@link SigningService}) does everything else: who may sign, the hash, the record, the approval. An asynchronous
 * provider (start, then collect) keeps its order reference in {@code secret}. See docs/meeting-cycle.md.
 */
public interface SigningMethod {

    /** The method recorded on the signature. */
    SignatureMethod kind();

    /**
     * Confirms that the holder of the signed-in account signs the content with this hash, or throws a
     * {@link se.samordnaren.common.UserFacingException} with a Swedish message (nothing is written then).
     *
     * @return what is recorded as the signature's method_detail
     */
    String confirm(Signer signer, String contentSha256, String secret);

    /** The signed-in account that signs, and the person of the register it is linked to. */
    record Signer(long userId, String username, long personId, String passwordHash) {
    }
}
