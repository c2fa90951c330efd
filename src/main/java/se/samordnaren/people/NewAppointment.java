package se.samordnaren.people;

import java.time.LocalDate;

/** What is needed to start an appointment; {@code validTo} may be null (until further notice). */
public record NewAppointment(
        Long personId,
        Long bodyId,
        AppointmentRole role,
        Long memberRepresentedId,
        LocalDate validFrom,
        LocalDate validTo,
        String note) {
}
