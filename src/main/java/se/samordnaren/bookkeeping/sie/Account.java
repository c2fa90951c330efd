package se.samordnaren.bookkeeping.sie;

/** {@code #KONTO} with its {@code #KTYP}; the type is null when the file does not state it. */
public record Account(String number, String name, AccountType type) {
}
