package se.samordnaren.people;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.db.tables.records.PersonRecord;
import se.samordnaren.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.jooq.impl.DSL.multiset;
import static se.samordnaren.db.Tables.APPOINTMENT;
import static se.samordnaren.db.Tables.MEMBER;
import static se.samordnaren.db.Tables.PERSON;
import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.common.Texts.requireMaxLength;

/**
 * People who appear in minutes and their appointments over time. History is never rewritten: a new person in a
 * seat is a new appointment, the old one is ended. Everyone signed in reads; FORBUNDSCHEF and SEKRETERARE write.
 */
@Service
public class PersonService {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
    static final Pattern PARTY = Pattern.compile("^\\p{javaLowerCase}{1,6}$");

    private final DSLContext db;

    PersonService(DSLContext db) {
        this.db = db;
    }

    /** The people list's sort properties (column sort names), looked up here; never spliced into SQL. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "name", PERSON.FULL_NAME,
            "organisation", DSL.coalesce(MEMBER.NAME, PERSON.ORGANISATION));

    /**
     * One page of the people whose name, member organisation or free organisation contains the filter
     * (case-insensitive; blank = all), by name unless another sort is asked for, each with the appointments they
     * hold today. One query.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PersonSummary> list(String filter, PageRequest page) {
        LocalDate today = LocalDate.now();
        var current = multiset(AppointmentQueries.selectAppointments()
                .where(APPOINTMENT.PERSON_ID.eq(PERSON.ID)).and(AppointmentQueries.validOn(today)))
                .convertFrom(r -> r.map(AppointmentQueries::toAppointment).stream()
                        .sorted(AppointmentQueries.COMPOSITION_ORDER).toList());
        return Paging.page(db.select(PERSON.asterisk(), MEMBER.NAME, current)
                        .from(PERSON)
                        .leftJoin(MEMBER).on(MEMBER.ID.eq(PERSON.MEMBER_ID))
                        .where(matches(filter))
                        .orderBy(Paging.order(page, SORTABLE, PERSON.FULL_NAME, PERSON.ID)), page)
                .fetch(r -> new PersonSummary(toPerson(r), r.get(current)));
    }

    /** One page of the people matching the text, by name, for pickers that search as the user types (ui.Lazy). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Person> search(String text, PageRequest page) {
        return Paging.page(db.select(PERSON.asterisk(), MEMBER.NAME)
                        .from(PERSON)
                        .leftJoin(MEMBER).on(MEMBER.ID.eq(PERSON.MEMBER_ID))
                        .where(matches(text))
                        .orderBy(Paging.order(page, Map.of(), PERSON.FULL_NAME, PERSON.ID)), page)
                .fetch(PersonService::toPerson);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Person> find(long id) {
        return db.select(PERSON.asterisk(), MEMBER.NAME)
                .from(PERSON)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(PERSON.MEMBER_ID))
                .where(PERSON.ID.eq(id))
                .fetchOptional(PersonService::toPerson);
    }

    /** The person with every appointment (current first, then newest), each with the paragraphs that decided it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<PersonDetails> details(long personId) {
        var appointments = multiset(AppointmentQueries.selectAppointments().where(APPOINTMENT.PERSON_ID.eq(PERSON.ID)))
                .convertFrom(r -> r.map(AppointmentQueries::toAppointment).stream()
                        .sorted(AppointmentQueries.HISTORY_ORDER).toList());
        var decided = AppointmentQueries.decidedAt(PERSON.RECORD_ID);
        return db.select(PERSON.asterisk(), MEMBER.NAME, appointments, decided)
                .from(PERSON)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(PERSON.MEMBER_ID))
                .where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new PersonDetails(toPerson(r), r.get(appointments), r.get(decided)));
    }

    /** Creates (id null) or updates a person; a stale save is refused with error.concurrentEdit. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public Person save(Person person) {
        String name = requireMaxLength(blankToNull(person.fullName()), Texts.SHORT, "people.person.name");
        if (name == null) {
            throw new UserFacingException("people.error.nameRequired");
        }
        String organisation = requireMaxLength(blankToNull(person.organisation()), Texts.SHORT, "people.person.organisation");
        if (person.memberId() != null && organisation != null) {
            throw new UserFacingException("people.error.memberOrOrganisation");
        }
        String email = requireMaxLength(blankToNull(person.email()), Texts.SHORT, "people.person.email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new UserFacingException("people.error.email", email);
        }
        String party = blankToNull(person.party());
        if (party != null) {
            party = party.toLowerCase(Locale.ROOT);
            if (!PARTY.matcher(party).matches()) {
                throw new UserFacingException("people.error.party", party);
            }
        }
        String phone = requireMaxLength(blankToNull(person.phone()), Texts.SHORT, "people.person.phone");
        PersonRecord values = new PersonRecord();
        values.setFullName(name);
        values.setParty(party);
        values.setMemberId(person.memberId());
        values.setOrganisation(organisation);
        values.setEmail(email);
        values.setPhone(phone);
        if (person.isNew()) {
            return find(db.insertInto(PERSON).set(values).returning(PERSON.ID).fetchSingle(PERSON.ID)).orElseThrow();
        }
        int rows = db.update(PERSON).set(values)
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(person.id()).and(PERSON.VERSION.eq(person.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
        return find(person.id()).orElseThrow();
    }

    /** Deletes a person nobody refers to (no appointments, attendance or decisions); one in use is refused. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void delete(Person person) {
        int rows = db.deleteFrom(PERSON)
                .where(PERSON.ID.eq(person.id()).and(PERSON.VERSION.eq(person.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
    }

    /**
     * Starts an appointment (a new row; history is never rewritten). The database refuses the same person in the
     * same role and body twice at once, and a second chair or vice chair at a time (both with a Swedish message).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public Appointment addAppointment(NewAppointment appointment) {
        if (appointment.personId() == null) {
            throw new UserFacingException("people.error.personRequired");
        }
        if (appointment.bodyId() == null) {
            throw new UserFacingException("people.error.bodyRequired");
        }
        if (appointment.role() == null) {
            throw new UserFacingException("people.error.roleRequired");
        }
        if (appointment.validFrom() == null) {
            throw new UserFacingException("people.error.validFromRequired");
        }
        checkPeriod(appointment.validFrom(), appointment.validTo());
        String note = requireMaxLength(blankToNull(appointment.note()), Texts.SHORT, "people.appointment.note");
        refuseTakenSeat(null, appointment.personId(), appointment.bodyId(), appointment.role(), appointment.validFrom(),
                appointment.validTo());
        Long id = db.insertInto(APPOINTMENT)
                .set(APPOINTMENT.PERSON_ID, appointment.personId())
                .set(APPOINTMENT.BODY_ID, appointment.bodyId())
                .set(APPOINTMENT.ROLE, appointment.role())
                .set(APPOINTMENT.MEMBER_REPRESENTED_ID, appointment.memberRepresentedId())
                .set(APPOINTMENT.VALID_FROM, appointment.validFrom())
                .set(APPOINTMENT.VALID_TO, appointment.validTo())
                .set(APPOINTMENT.NOTE, note)
                .returning(APPOINTMENT.ID).fetchSingle(APPOINTMENT.ID);
        return appointment(id);
    }

    /**
     * Ends an appointment: its last day (inclusive) becomes {@code lastDay}. Also moves an end date already set.
     * A stale appointment (changed by someone else since read) is refused.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public Appointment endAppointment(Appointment appointment, LocalDate lastDay) {
        if (lastDay == null) {
            throw new UserFacingException("people.error.validToRequired");
        }
        checkPeriod(appointment.validFrom(), lastDay);
        refuseTakenSeat(appointment.id(), appointment.personId(), appointment.bodyId(), appointment.role(),
                appointment.validFrom(), lastDay);
        int rows = db.update(APPOINTMENT)
                .set(APPOINTMENT.VALID_TO, lastDay)
                .set(APPOINTMENT.VERSION, APPOINTMENT.VERSION.plus(1))
                .where(APPOINTMENT.ID.eq(appointment.id()).and(APPOINTMENT.VERSION.eq(appointment.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
        return appointment(appointment.id());
    }

    /** Removes an appointment registered by mistake; one a decision refers to is refused. Ending is the normal way. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void deleteAppointment(Appointment appointment) {
        int rows = db.deleteFrom(APPOINTMENT)
                .where(APPOINTMENT.ID.eq(appointment.id()).and(APPOINTMENT.VERSION.eq(appointment.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
    }

    private Appointment appointment(long id) {
        return AppointmentQueries.toAppointment(
                db.fetchSingle(AppointmentQueries.selectAppointments().where(APPOINTMENT.ID.eq(id))));
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserFacingException("people.error.period");
        }
    }

    /**
     * Refuses an appointment whose seat is taken, naming who holds it (the database refuses it too, with a named
     * constraint but without the name: see PeopleRefusals).
     */
    private void refuseTakenSeat(Long appointmentId, long personId, long bodyId, AppointmentRole role, LocalDate from,
                                 LocalDate to) {
        Optional<String> holder = db.fetchOptional(
                AppointmentQueries.holderOfSeat(appointmentId, personId, bodyId, role, from, to)).map(Record1::value1);
        if (holder.isPresent()) {
            throw new UserFacingException(switch (role) {
                case CHAIR -> "people.error.chairTaken";
                case VICE_CHAIR -> "people.error.viceChairTaken";
                default -> "people.error.overlap";
            }, holder.get());
        }
    }

    private static Condition matches(String filter) {
        String text = blankToNull(filter);
        if (text == null) {
            return DSL.noCondition();
        }
        return PERSON.FULL_NAME.containsIgnoreCase(text)
                .or(MEMBER.NAME.containsIgnoreCase(text))
                .or(MEMBER.SHORT_NAME.containsIgnoreCase(text))
                .or(PERSON.ORGANISATION.containsIgnoreCase(text));
    }

    private static Person toPerson(Record r) {
        return new Person(r.get(PERSON.ID), r.get(PERSON.FULL_NAME), r.get(PERSON.PARTY), r.get(PERSON.MEMBER_ID),
                r.get(MEMBER.NAME), r.get(PERSON.ORGANISATION), r.get(PERSON.EMAIL), r.get(PERSON.PHONE),
                r.get(PERSON.VERSION));
    }
}
