package se.samordnaren.people;

import se.samordnaren.common.ParagraphRef;

/**
 * A paragraph of the minutes whose decision links to a record ("Beslutat: Styrelsen 2021-03-19 § 2"), with the
 * note the link carries (e.g. "Utsedd").
 */
public record DecidedAt(ParagraphRef paragraph, String note) {
}
