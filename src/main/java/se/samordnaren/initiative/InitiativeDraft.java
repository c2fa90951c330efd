package se.samordnaren.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * What the insats form writes. {@code id == null} creates; otherwise {@code version} guards the update.
 * Owner: {@code ownerMemberId} or {@code ownerName}. Contact: a person from the people register
 * ({@code contactPersonId}) and/or free text ({@code contact}, e.g. a telephone number or someone not registered).
 */
public record InitiativeDraft(Long id, Integer version, Long parentId, String name, String shortName,
                              Long ownerMemberId, String ownerName, String targetGroup, Orientation orientation,
                              String susReference, LocalDate startDate, LocalDate plannedEndDate,
                              LocalDate actualEndDate, InitiativeStatus status, Long contactPersonId, String contact,
                              String description,
                              String staffNotes, List<Long> memberIds) {

    public static InitiativeDraft of(InitiativeDetail d) {
        return new InitiativeDraft(d.id(), d.version(), d.parentId(), d.name(), d.shortName(), d.ownerMemberId(),
                d.ownerName(), d.targetGroup(), d.orientation(), d.susReference(), d.startDate(), d.plannedEndDate(),
                d.actualEndDate(), d.status(), d.contactPersonId(), d.contact(), d.description(), d.staffNotes(),
                d.members().stream().map(InitiativeDetail.TakingPart::memberId).toList());
    }

    public static InitiativeDraft empty(Long parentId) {
        return new InitiativeDraft(null, null, parentId, null, null, null, null, null, null, null, null, null, null,
                InitiativeStatus.IDEA, null, null, null, null, List.of());
    }
}
