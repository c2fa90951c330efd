package se.samordnaren.people;

import java.time.LocalDate;
import java.util.List;

/**
 * Person × body × role × period. {@code validTo} is inclusive; null = until further notice.
 * {@code decidedAt} lists the paragraphs whose decisions link to this appointment.
 */
public record Appointment(
        Long id,
        long personId,
        String personName,
        String party,
        long bodyId,
        String bodyName,
        AppointmentRole role,
        Long memberRepresentedId,
        String memberRepresentedName,
        LocalDate validFrom,
        LocalDate validTo,
        String note,
        Integer version,
        List<DecidedAt> decidedAt) {

    public Appointment {
        decidedAt = decidedAt == null ? List.of() : List.copyOf(decidedAt);
    }

    /** Valid on the given day (both ends inclusive). */
    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public boolean isEnded() {
        return validTo != null;
    }

    /** "Johan Ekdahl (l)" */
    public String personNameWithParty() {
        return party == null || party.isBlank() ? personName : personName + " (" + party + ")";
    }
}
