package se.samordnaren.people;

import java.util.List;

/** A person with every appointment over time, newest first, each with where it was decided. */
public record PersonDetails(Person person, List<Appointment> appointments) {
}
