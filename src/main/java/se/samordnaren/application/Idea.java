package se.samordnaren.application;

import java.math.BigDecimal;

/**
 * An early idea (idéer och uppslag) with a rough amount and year, before any application. {@code id} and
 * {@code version} are null for an idea not yet saved; {@code proposer} is the member's name or the free text.
 */
public record Idea(Long id, String title, String description, Long proposerMemberId, String proposerName, String proposer,
                   BigDecimal roughAmount, Integer expectedYear, IdeaStatus status, Long applicationId, Integer version) {

    public static Idea empty() {
        return new Idea(null, "", "", null, null, null, null, null, IdeaStatus.IDEA, null, null);
    }

    public boolean isNew() {
        return id == null;
    }
}
