package se.samordnaren.meeting;

import org.springframework.stereotype.Component;
import se.samordnaren.common.PageRequest;
import se.samordnaren.people.Appointment;
import se.samordnaren.people.AppointmentRole;
import se.samordnaren.people.BodyService;
import se.samordnaren.people.Person;
import se.samordnaren.people.PersonService;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The pickers of the minutes' dialogs (and of the follow-ups), from the people feature's public services (bodies,
 * people, appointments), so the meetings feature keeps no queries of its own for them. People are searched as the
 * user types, one page at a time.
 */
@Component
public class MeetingPickers {

    private final BodyService bodies;
    private final PersonService people;

    MeetingPickers(BodyService bodies, PersonService people) {
        this.bodies = bodies;
        this.people = people;
    }

    /** Every body (an association has a handful), the board first. */
    public List<Choice> bodies() {
        return bodies.list().stream().map(b -> new Choice(b.id(), b.name())).toList();
    }

    /** One page of the people matching the typed text: "Johan Ekdahl (l), Region Skåne". */
    public List<Choice> people(String filter, PageRequest page) {
        return people.search(filter == null ? "" : filter.strip(), page).stream().map(MeetingPickers::choice).toList();
    }

    /** The choice for one person (to show the value a dialog opens with), if the person is still there. */
    public Optional<Choice> person(Long personId) {
        return personId == null ? Optional.empty() : people.find(personId).map(MeetingPickers::choice);
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
