package se.samordnaren.bookkeeping;

/** Where an imported bookkeeping row comes from: a voucher's #TRANS, a period balance of a balances-only SIE file, or a CSV/Excel row. */
public enum RowSource {
    TRANSACTION, PERIOD_BALANCE, ROW
}
