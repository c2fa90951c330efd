package se.samordnaren.bookkeeping.sie;

import java.math.BigDecimal;
import java.util.List;

/** {@code #OIB} or {@code #OUB}: an opening or closing balance per object. */
public record ObjectBalance(int year, String account, List<ObjectRef> objects, BigDecimal amount, BigDecimal quantity) {

    public ObjectBalance {
        objects = List.copyOf(objects);
    }
}
