package se.samordnaren.people;

import java.util.List;

/**
 * A person with every appointment over time (current first, then newest), each with where it was decided, and the
 * paragraphs whose decisions link to the person themself (e.g. "vald att justera").
 */
public record PersonDetails(Person person, List<Appointment> appointments, List<DecidedAt> decidedAt) {
}
