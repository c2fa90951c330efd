package se.samordnaren.bookkeeping;

/**
 * A bookkeeping file refused whole, with a Swedish message that names the line or row and what is wrong
 * ("Rad 12: datumet \"2021-13-01\" går inte att läsa"). Nothing of such a file is kept.
 */
final class BookkeepingFileException extends Exception {

    BookkeepingFileException(String message) {
        super(message);
    }

    BookkeepingFileException(int row, String reason) {
        super("Rad " + row + ": " + reason);
    }
}
