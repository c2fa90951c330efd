package se.samordnaren.meeting;

import org.springframework.stereotype.Component;
import se.samordnaren.people.Appointment;
import se.samordnaren.people.AppointmentRole;
import se.samordnaren.people.BodyService;
import se.samordnaren.people.Person;
import se.samordnaren.people.PersonService;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The meeting dialogs' pickers, from the people feature's public services (bodies, people, appointments), so the
 * meetings feature keeps no queries of its own for them.
 */
@Component
class MeetingPickers {

    /** Enough for every person an association has in its minutes; the combo box filters in memory. */
    private static final int MAX_PEOPLE = 5000;

    private final BodyService bodies;
    private final PersonService people;

    MeetingPickers(BodyService bodies, PersonService people) {
        this.bodies = bodies;
        this.people = people;
    }

    /** Every body, the board first. */
    List<Choice> bodies() {
        return bodies.list().stream().map(b -> new Choice(b.id(), b.name())).toList();
    }

    /** Everyone who can appear in minutes, by name: "Johan Ekdahl (l), Region Skåne". */
    List<Choice> people() {
        return people.search("", se.samordnaren.common.PageRequest.first(MAX_PEOPLE)).stream().map(MeetingPickers::choice).toList();
    }

    static Choice choice(Person p) {
        String organisation = p.organisationLabel();
        return new Choice(p.id(), organisation.isBlank() ? p.nameWithParty() : p.nameWithParty() + ", " + organisation);
    }

    /** The role a person holds in the body on the meeting day and whom they represent, for "ledamot, Försäkringskassan". */
    record Seat(AppointmentRole role, String organisation) {
    }

    /** The person's current appointment in the body on that day (the most senior one when several), if any. */
    Optional<Seat> seat(long bodyId, LocalDate on, long personId) {
        Optional<Appointment> appointment = bodies.composition(bodyId, on).stream()
                .filter(a -> a.personId() == personId).findFirst();
        return appointment.map(a -> new Seat(a.role(), a.memberRepresentedName() != null ? a.memberRepresentedName()
                : people.find(personId).map(Person::organisationLabel).orElse("")));
    }
}
