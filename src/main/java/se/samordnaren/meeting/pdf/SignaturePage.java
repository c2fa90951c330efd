package se.samordnaren.meeting.pdf;

import se.samordnaren.meeting.SignatureMethod;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The protocol's last page: every signature of the minutes as they read (signatures of an earlier content are left
 * out; imported e-signatures and paper signatures are listed), the SHA-256 of the minutes' canonical text
 * (meeting.signing.MinutesContent) and where the protocol can be verified.
 */
record SignaturePage(String contentSha256, List<Line> lines, String verifyUrl) {

    /** One signature: name, title, the moment at the offset it was given with, how. */
    record Line(String name, String title, OffsetDateTime signedAt, SignatureMethod method, String methodDetail) {
    }
}
