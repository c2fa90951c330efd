package se.samordnaren.allocation;

import se.samordnaren.association.MemberType;
import se.samordnaren.common.ParagraphRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's allocation as the /tilldelning screen shows it (one statement): the total and its split, the municipal
 * key, the § that noted or decided it, each member's expected share against what it paid, and the payments.
 */
public record AllocationYearDetail(long id, int year, BigDecimal total, BigDecimal stateShare, BigDecimal regionShare,
                                   BigDecimal municipalShare, String keyBasis, Long decisionId, ParagraphRef decidedAt,
                                   String note, int version, BigDecimal expectedTotal, BigDecimal paidTotal,
                                   List<MunicipalKey> keys, List<MemberShare> shares, List<Payment> payments) {

    /** Paid minus expected over all members: negative while money is still to come. */
    public BigDecimal differenceTotal() {
        return paidTotal.subtract(expectedTotal);
    }

    /** A municipality's key for the year (its stored value, null when none is stored) and its population. */
    public record MunicipalKey(long memberId, String memberName, Integer population, BigDecimal keyValue) {
    }

    /**
     * A member's share of the year (allocation_member_share): expected, paid, the difference (paid − expected, from
     * the database) and the last payment's date.
     */
    public record MemberShare(long memberId, String memberName, MemberType memberType, BigDecimal keyValue,
                              BigDecimal expected, BigDecimal paid, BigDecimal difference, LocalDate lastPaidOn,
                              boolean keyMissing) {

        /** Where the member stands, in words as well as numbers. */
        public PaymentState state() {
            if (keyMissing) {
                return PaymentState.KEY_MISSING;
            }
            if (expected.signum() == 0 && paid.signum() == 0) {
                return PaymentState.NO_SHARE;
            }
            return switch (difference.signum()) {
                case 0 -> PaymentState.PAID;
                case 1 -> PaymentState.OVERPAID;
                default -> paid.signum() == 0 ? PaymentState.NOT_PAID : PaymentState.PARTLY_PAID;
            };
        }
    }

    /** One payment a member made towards the year. */
    public record Payment(long id, long memberId, String memberName, LocalDate paidOn, BigDecimal amount, String note,
                          int version) {
    }
}
