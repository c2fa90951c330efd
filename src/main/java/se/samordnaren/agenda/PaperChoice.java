package se.samordnaren.agenda;

/** An attachment of the register that can be added to a point as a paper: "AMA Lunds kommun 2021.pdf (2021-03-05)". */
public record PaperChoice(long attachmentId, String label) {
}
