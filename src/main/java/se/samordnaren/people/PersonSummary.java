package se.samordnaren.people;

import java.util.List;

/** A person for the list, with the appointments they hold today. */
public record PersonSummary(Person person, List<Appointment> currentAppointments) {
}
