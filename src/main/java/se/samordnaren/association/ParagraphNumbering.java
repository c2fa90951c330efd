package se.samordnaren.association;

/** How the § of the minutes are numbered: from 1 in every meeting, or running on through the body's year. */
public enum ParagraphNumbering {
    PER_MEETING,
    PER_YEAR
}
