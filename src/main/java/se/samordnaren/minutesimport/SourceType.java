package se.samordnaren.minutesimport;

/** What kind of file the text came from. */
public enum SourceType {
    PDF, DOCX, TXT
}
