package se.samordnaren.bookkeeping;

import java.math.BigDecimal;
import java.util.List;

/**
 * A result account with rows that no rule of the account mapping places: the import cannot be saved until each is
 * placed on a budget item or ignored. {@code amount} is as in the bookkeeping (debit positive); {@code objects} are the
 * objects its unplaced rows carry.
 */
public record UnmappedAccount(String account, String name, List<KnownObject> objects, int rows, BigDecimal amount) {

    public UnmappedAccount {
        objects = List.copyOf(objects);
    }
}
