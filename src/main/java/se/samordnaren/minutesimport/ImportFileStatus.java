package se.samordnaren.minutesimport;

/**
 * Where a file of an import batch stands: waiting to be read, read and waiting for review, refused (cannot be read
 * or is not minutes), imported. The translation key minutesImport.fileStatus.NAME gives the Swedish word.
 */
public enum ImportFileStatus {
    WAITING, PARSED, REFUSED, IMPORTED;

    public String translationKey() {
        return "minutesImport.fileStatus." + name();
    }
}
