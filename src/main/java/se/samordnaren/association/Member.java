package se.samordnaren.association;

import java.math.BigDecimal;

/**
 * A member organisation. {@code municipalShare} is the percentage of the municipalities' quarter
 * and only set for municipalities. {@code id} and {@code version} are null for a member not yet saved.
 */
public record Member(
        Long id,
        String name,
        String shortName,
        MemberType type,
        String organisationNumber,
        BigDecimal municipalShare,
        Integer population,
        Integer version) {

    public static Member empty() {
        return new Member(null, "", "", MemberType.MUNICIPALITY, "", null, null, null);
    }

    public boolean isNew() {
        return id == null;
    }
}
