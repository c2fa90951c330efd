/**
 * Justering by the signatories and the verification of protocols (issue 11 items 4-5): the secretary sends held minutes
 * for justering, the chair and the justerare sign in the application (password typed again, {@code SigningMethod} the
 * extension point for e-ID) or send them back with a comment; the last signature of the current content
 * ({@code MinutesContent}, SHA-256 of a canonical text) approves the minutes. Paper signing is recorded with the
 * scanned protocol. {@code VerificationView} (/verifiera, no sign-in) checks a protocol PDF or a hash against approved
 * minutes. Part of the meetings feature: it writes meeting, minutes_signature and minutes_return.
 */
package se.samordnaren.meeting.signing;
