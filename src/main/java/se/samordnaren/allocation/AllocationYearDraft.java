package se.samordnaren.allocation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A year's allocation as the form sends it: a new one ({@code id} null) or a change of the version that was opened.
 * {@code keys}: the municipal key per municipality (member id → value); a municipality left out has no key.
 */
public record AllocationYearDraft(Long id, Integer version, Integer year, BigDecimal total, BigDecimal stateShare,
                                  BigDecimal regionShare, BigDecimal municipalShare, String keyBasis, Long decisionId,
                                  String note, Map<Long, BigDecimal> keys) {

    public AllocationYearDraft {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
