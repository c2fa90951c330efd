package se.samordnaren.bookkeeping;

/** An imported file as it was uploaded, for download. */
public record ImportFile(String fileName, ImportFormat format, byte[] content) {

    public String contentType() {
        return switch (format) {
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case CSV -> "text/csv";
            case SIE -> "application/octet-stream";
        };
    }
}
