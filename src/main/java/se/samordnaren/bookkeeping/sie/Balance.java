package se.samordnaren.bookkeeping.sie;

import java.math.BigDecimal;

/** {@code #IB}, {@code #UB} or {@code #RES}: an account's balance or result for a fiscal year (0, -1 …). */
public record Balance(int year, String account, BigDecimal amount, BigDecimal quantity) {
}
