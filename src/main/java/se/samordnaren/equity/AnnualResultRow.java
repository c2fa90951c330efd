package se.samordnaren.equity;

import se.samordnaren.common.ParagraphRef;

import java.math.BigDecimal;

/** One year in the list of annual results, with how many members have granted, refused or not yet decided discharge. */
public record AnnualResultRow(long id, int year, BigDecimal income, BigDecimal costs, BigDecimal result,
                              BigDecimal equityStart, BigDecimal equityEnd, BigDecimal allocation,
                              ParagraphRef decidedAt, String note, int dischargesGranted, int dischargesRefused,
                              int dischargesOutstanding) {
}
