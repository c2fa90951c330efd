package se.samordnaren.bookkeeping;

/** The bookkeeping file formats the import reads. */
public enum ImportFormat {
    SIE, CSV, XLSX
}
