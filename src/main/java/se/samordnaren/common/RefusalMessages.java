package se.samordnaren.common;

import java.util.Map;

/**
 * What one feature says when the database refuses a change. Each feature that owns tables declares a bean of this
 * type naming its constraints (check, unique, foreign key, exclusion) and the constraint names its triggers raise
 * with ({@code raise exception ... using constraint = 'name'}), each with the translation key of the Swedish message.
 * {@link DatabaseRefusals} collects them all; nothing ever matches the database's message text.
 */
public interface RefusalMessages {

    /** Constraint (or trigger-raised constraint) name to translation key. */
    Map<String, String> byConstraint();

    /** Our own SQLSTATEs (class {@code SN}, see {@link DatabaseRefusals#APPROVAL_LOCK}) to translation key. */
    default Map<String, String> bySqlState() {
        return Map.of();
    }
}
