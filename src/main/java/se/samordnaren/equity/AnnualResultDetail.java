package se.samordnaren.equity;

import se.samordnaren.common.ParagraphRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's annual result (årsredovisning) as /arsredovisning/{year} shows it, in one statement: the figures, the
 * approving §, the auditors' report, each member's discharge and the equity against the guideline.
 * {@code allocationStated}: the allocation as the report states it (null: the year's allocation is used);
 * {@code allocation}: the one the guideline is measured against.
 */
public record AnnualResultDetail(long id, int year, BigDecimal income, BigDecimal costs, BigDecimal result,
                                 BigDecimal equityStart, BigDecimal equityEnd, BigDecimal allocationStated,
                                 BigDecimal allocation, Long decisionId, ParagraphRef decidedAt, String auditorsReport,
                                 LocalDate auditorsReportOn, Boolean auditorsRecommendDischarge, String note,
                                 int version, List<Discharge> discharges, EquityYear equity) {

    /** The members whose discharge is still outstanding. */
    public List<Discharge> outstanding() {
        return discharges.stream().filter(d -> d.state() == DischargeState.OUTSTANDING).toList();
    }

    /** One member's discharge for the year. */
    public record Discharge(long id, long memberId, String memberName, LocalDate grantedOn, boolean refused,
                            String reference, int version) {

        public DischargeState state() {
            return refused ? DischargeState.REFUSED
                    : grantedOn != null ? DischargeState.GRANTED : DischargeState.OUTSTANDING;
        }
    }
}
