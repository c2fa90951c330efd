package se.samordnaren.meeting;

/**
 * How minutes were signed (minutes_signature.method): an e-signature read from the signature page of imported minutes,
 * or (issue 11) signed on paper or in the app with the signer's password. The translation key
 * meeting.signatureMethod.NAME gives the Swedish words.
 */
public enum SignatureMethod {
    IMPORTED_E_SIGNATURE, PAPER, PASSWORD;

    public String translationKey() {
        return "meeting.signatureMethod." + name();
    }
}
