package se.samordnaren.minutesimport;

import java.time.OffsetDateTime;

/** An electronic signature from the signature page: who, in what capacity, when and identified how (BankID …). */
public record Signature(String name, String title, OffsetDateTime signedAt, String method) {
}
