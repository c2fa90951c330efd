package se.samordnaren.bookkeeping;

/** The saved column settings of one format (CSV or XLSX); {@code version} null for settings not saved yet. */
public record ColumnMapping(ImportFormat format, ColumnSettings settings, Integer version) {
}
