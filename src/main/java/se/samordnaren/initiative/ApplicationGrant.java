package se.samordnaren.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * The money a board decision on a funding application grants, as the application feature hands it over
 * ({@link GrantLedgerService#grantFromApplication}).
 *
 * @param initiativeId   the insats the application continues, or null: a new insats is created
 * @param newName        the new insats's name (used only when {@code initiativeId} is null)
 * @param ownerMemberId  the applicant as a member, or null
 * @param ownerName      the applicant as free text when not a member
 * @param targetGroup    the application's target group (new insats only)
 * @param orientation    SUS inriktning, or null (new insats only)
 * @param description    the application's description (new insats only)
 * @param start          the application's period start (new insats only)
 * @param plannedEnd     the application's period end: a continued insats is extended to it
 * @param decisionId     the board's decision (§) the grants rest on
 * @param amountsPerYear the granted amount per year, each above 0
 * @param note           the note every grant row carries ("Ansökan Vägen ut (version 2)")
 */
public record ApplicationGrant(Long initiativeId, String newName, Long ownerMemberId, String ownerName,
                               String targetGroup, Orientation orientation, String description, LocalDate start,
                               LocalDate plannedEnd, long decisionId, SortedMap<Integer, BigDecimal> amountsPerYear,
                               String note) {
}
