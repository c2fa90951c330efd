package se.samordnaren.initiative;

import se.samordnaren.common.Translated;
import se.samordnaren.common.UserFacingException;

/**
 * A move of an insats from one status to another, and whether the database's {@code initiative_status_allowed} lets
 * it happen ({@link InitiativeQueries#statusMove}). The register and the ledger check it before they write, so the
 * refusal names both statuses instead of the trigger's general one.
 */
record StatusMove(InitiativeStatus from, InitiativeStatus to, boolean allowed) {

    /** Refuses a move the database would refuse. */
    void requireAllowed() {
        if (!allowed) {
            throw refusal(from, to);
        }
    }

    /** "Insatsens status kan inte ändras från ”{0}” till ”{1}”.", both statuses in the reader's language. */
    static UserFacingException refusal(InitiativeStatus from, InitiativeStatus to) {
        return new UserFacingException("initiative.error.statusMove", new Translated(from.translationKey()),
                new Translated(to.translationKey()));
    }
}
