package se.samordnaren.people;

/**
 * Someone who appears in minutes. Comes from a member organisation ({@code memberId}, {@code memberName})
 * or a free {@code organisation}, never both. {@code party} as printed: "s", "m", "mp" …
 * {@code id} and {@code version} are null for a person not yet saved.
 */
public record Person(
        Long id,
        String fullName,
        String party,
        Long memberId,
        String memberName,
        String organisation,
        String email,
        String phone,
        Integer version) {

    public static Person empty() {
        return new Person(null, "", "", null, null, "", "", "", null);
    }

    public boolean isNew() {
        return id == null;
    }

    /** The member organisation's name, or the free organisation, or "". */
    public String organisationLabel() {
        if (memberName != null) {
            return memberName;
        }
        return organisation == null ? "" : organisation;
    }

    /** "Johan Ekdahl (l)" */
    public String nameWithParty() {
        return party == null || party.isBlank() ? fullName : fullName + " (" + party + ")";
    }
}
