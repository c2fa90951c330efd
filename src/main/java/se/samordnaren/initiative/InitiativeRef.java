package se.samordnaren.initiative;

/** An insats as other features see it (pickers, links): "IRIS", "Insam (delprojekt i IRIS)". */
public record InitiativeRef(long id, String name, String shortName, String owner, InitiativeStatus status,
                            Long parentId, String parentName) {
}
