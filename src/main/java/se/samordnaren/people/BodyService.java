package se.samordnaren.people;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.db.tables.records.BodyRecord;
import se.samordnaren.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.jooq.impl.DSL.selectCount;
import static se.samordnaren.db.Tables.APPOINTMENT;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.common.Texts.blankToNull;

/**
 * The association's bodies (organ) and their composition on any day. Everyone signed in reads;
 * FORBUNDSCHEF and SEKRETERARE write.
 */
@Service
public class BodyService {

    static final Pattern PARAGRAPH_PREFIX = Pattern.compile("^\\S{1,10}$");

    private final DSLContext db;

    BodyService(DSLContext db) {
        this.db = db;
    }

    /** All bodies, the board first, then by type and name. For pickers (e.g. a meeting's body). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Body> list() {
        return db.selectFrom(BODY).orderBy(typeOrder(), BODY.NAME).fetch(BodyService::toBody);
    }

    /** All bodies with how many appointments are valid today and how many meetings they have held or planned. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BodyOverview> overview() {
        LocalDate today = LocalDate.now();
        var current = DSL.field(selectCount().from(APPOINTMENT)
                .where(APPOINTMENT.BODY_ID.eq(BODY.ID)).and(AppointmentQueries.validOn(today)));
        var meetings = DSL.field(selectCount().from(MEETING).where(MEETING.BODY_ID.eq(BODY.ID)));
        return db.select(BODY.asterisk(), current.as("current_appointments"), meetings.as("meetings"))
                .from(BODY)
                .orderBy(typeOrder(), BODY.NAME)
                .fetch(r -> new BodyOverview(toBody(r), r.get("current_appointments", Integer.class),
                        r.get("meetings", Integer.class)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Body> find(long id) {
        return db.selectFrom(BODY).where(BODY.ID.eq(id)).fetchOptional(BodyService::toBody);
    }

    /**
     * Who held which role in the body on the given day (both ends of an appointment inclusive): ordförande first,
     * then vice ordförande, ledamöter, ersättare, sekreterare … Each with the paragraphs where it was decided.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Appointment> composition(long bodyId, LocalDate on) {
        return db.fetch(AppointmentQueries.selectAppointments()
                        .where(APPOINTMENT.BODY_ID.eq(bodyId)).and(AppointmentQueries.validOn(on)))
                .map(AppointmentQueries::toAppointment)
                .stream().sorted(AppointmentQueries.COMPOSITION_ORDER).toList();
    }

    /**
     * Creates (id null) or updates a body; a stale save is refused with error.concurrentEdit, a name or short name
     * another body has with people.error.bodyNameTaken / bodyShortNameTaken (PeopleRefusals).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public Body save(Body body) {
        String name = required(body.name(), "people.error.bodyNameRequired", "people.body.name");
        String verb = required(body.decisionVerb(), "people.error.decisionVerbRequired", "people.body.decisionVerb");
        if (body.type() == null) {
            throw new UserFacingException("people.error.bodyTypeRequired");
        }
        String prefix = blankToNull(body.paragraphPrefix());
        if (prefix != null && !PARAGRAPH_PREFIX.matcher(prefix).matches()) {
            throw new UserFacingException("people.error.paragraphPrefix");
        }
        BodyRecord values = new BodyRecord();
        values.setName(name);
        values.setShortName(Texts.requireMaxLength(blankToNull(body.shortName()), Texts.SHORT, "people.body.shortName"));
        values.setBodyType(body.type());
        values.setDecisionVerb(verb);
        values.setParagraphPrefix(prefix);
        if (body.isNew()) {
            return require(db.insertInto(BODY).set(values).returning(BODY.ID).fetchSingle(BODY.ID));
        }
        int rows = db.update(BODY).set(values)
                .set(BODY.VERSION, BODY.VERSION.plus(1))
                .where(BODY.ID.eq(body.id()).and(BODY.VERSION.eq(body.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
        return require(body.id());
    }

    /** Deletes a body nothing refers to; one with appointments, meetings or proposals is refused (PeopleRefusals). */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void delete(Body body) {
        int rows = db.deleteFrom(BODY)
                .where(BODY.ID.eq(body.id()).and(BODY.VERSION.eq(body.version())))
                .execute();
        ConcurrentEditException.requireUpdated(rows);
    }

    private Body require(long id) {
        return db.selectFrom(BODY).where(BODY.ID.eq(id)).fetchSingle(BodyService::toBody);
    }

    /** The order bodies are listed in (the board first, then by type; then by name): for other features' reads. */
    public static org.jooq.Field<Integer> typeOrder() {
        return DSL.case_(BODY.BODY_TYPE)
                .when(BodyType.BOARD, 1).when(BodyType.WORKING_COMMITTEE, 2).when(BodyType.PREPARATORY_GROUP, 3)
                .when(BodyType.OWNERS_CONSULTATION, 4).when(BodyType.AUDITORS, 5).else_(6);
    }

    private static String required(String value, String requiredKey, String fieldKey) {
        String trimmed = blankToNull(value);
        if (trimmed == null) {
            throw new UserFacingException(requiredKey);
        }
        return Texts.requireMaxLength(trimmed, Texts.SHORT, fieldKey);
    }

    static Body toBody(Record r) {
        return new Body(r.get(BODY.ID), r.get(BODY.NAME), r.get(BODY.SHORT_NAME), r.get(BODY.BODY_TYPE),
                r.get(BODY.DECISION_VERB), r.get(BODY.PARAGRAPH_PREFIX), r.get(BODY.VERSION));
    }
}
