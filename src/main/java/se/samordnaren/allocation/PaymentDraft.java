package se.samordnaren.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A member's payment towards a year's allocation: new ({@code id} null) or a change of the opened version. */
public record PaymentDraft(Long id, Integer version, long allocationYearId, Long memberId, LocalDate paidOn,
                           BigDecimal amount, String note) {
}
