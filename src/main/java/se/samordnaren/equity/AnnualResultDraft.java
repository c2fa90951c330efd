package se.samordnaren.equity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An annual result as the form sends it: new ({@code id} null) or a change of the version that was opened. */
public record AnnualResultDraft(Long id, Integer version, Integer year, BigDecimal income, BigDecimal costs,
                                BigDecimal equityStart, BigDecimal equityEnd, BigDecimal allocation, Long decisionId,
                                String auditorsReport, LocalDate auditorsReportOn, Boolean auditorsRecommendDischarge,
                                String note) {
}
