package se.samordnaren.people;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record14;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.db.tables.Member;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.APPOINTMENT;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION_LINK_TARGET;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.PERSON;

/**
 * The one shape in which appointments are read (detached: run with db.fetch or nest in a multiset), shared by both
 * services (one query, decisions included), and the overlap rule the database enforces, asked beforehand so the
 * message can name who holds the seat.
 */
final class AppointmentQueries {

    static final Member REPRESENTED = se.samordnaren.db.Tables.MEMBER.as("represented");
    /** Aliased so a query nesting appointments in a multiset can correlate on its own PERSON / BODY. */
    static final se.samordnaren.db.tables.Person APPOINTEE = PERSON.as("appointee");
    static final se.samordnaren.db.tables.Body APPOINTED_TO = BODY.as("appointed_to");

    /** Lists a composition: chair first, then by role, represented member and name. */
    static final Comparator<Appointment> COMPOSITION_ORDER = Comparator
            .comparing(Appointment::role)
            .thenComparing(a -> a.memberRepresentedName() == null ? "\uffff" : a.memberRepresentedName())
            .thenComparing(Appointment::personName);

    /** A person's history: current first, then newest start first. */
    static final Comparator<Appointment> HISTORY_ORDER = Comparator
            .comparing((Appointment a) -> a.validTo() == null ? LocalDate.MAX : a.validTo()).reversed()
            .thenComparing(Appointment::validFrom, Comparator.reverseOrder())
            .thenComparing(Appointment::bodyName);

    private AppointmentQueries() {
    }

    /** The paragraphs whose decisions link to the record: reads the view decision_link_target made for this. */
    static Field<List<DecidedAt>> decidedAt(Field<Long> recordId) {
        var decidingBody = BODY.as("deciding_body");
        return multiset(
                select(row(DECISION_LINK_TARGET.MEETING_ID, decidingBody.NAME, decidingBody.PARAGRAPH_PREFIX,
                                MEETING.MEETING_DATE, AGENDA_ITEM.NUMBER).mapping(ParagraphRef::new),
                        DECISION_LINK_TARGET.NOTE)
                        .from(DECISION_LINK_TARGET)
                        .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION_LINK_TARGET.ITEM_ID))
                        .join(MEETING).on(MEETING.ID.eq(DECISION_LINK_TARGET.MEETING_ID))
                        .join(decidingBody).on(decidingBody.ID.eq(MEETING.BODY_ID))
                        .where(DECISION_LINK_TARGET.RECORD_ID.eq(recordId))
                        .orderBy(MEETING.MEETING_DATE, AGENDA_ITEM.NUMBER))
                .convertFrom(r -> r.map(Records.mapping(DecidedAt::new)));
    }

    static SelectOnConditionStep<Record14<Long, Long, String, String, Long, String, AppointmentRole, Long, String,
            LocalDate, LocalDate, String, Integer, List<DecidedAt>>> selectAppointments() {
        return DSL.select(APPOINTMENT.ID, APPOINTMENT.PERSON_ID, APPOINTEE.FULL_NAME, APPOINTEE.PARTY, APPOINTMENT.BODY_ID,
                        APPOINTED_TO.NAME, APPOINTMENT.ROLE, APPOINTMENT.MEMBER_REPRESENTED_ID,
                        REPRESENTED.NAME, APPOINTMENT.VALID_FROM, APPOINTMENT.VALID_TO, APPOINTMENT.NOTE, APPOINTMENT.VERSION,
                        decidedAt(APPOINTMENT.RECORD_ID))
                .from(APPOINTMENT)
                .join(APPOINTEE).on(APPOINTEE.ID.eq(APPOINTMENT.PERSON_ID))
                .join(APPOINTED_TO).on(APPOINTED_TO.ID.eq(APPOINTMENT.BODY_ID))
                .leftJoin(REPRESENTED).on(REPRESENTED.ID.eq(APPOINTMENT.MEMBER_REPRESENTED_ID));
    }

    /**
     * Who already holds the seat a new or changed appointment would take: the same role in the same body at an
     * overlapping time, by the same person, or by anyone for a chair or vice chair (check_appointment_overlap).
     */
    static Select<Record1<String>> holderOfSeat(Long appointmentId, long personId, long bodyId, AppointmentRole role,
                                                LocalDate from, LocalDate to) {
        Condition overlaps = APPOINTMENT.VALID_TO.isNull().or(APPOINTMENT.VALID_TO.ge(from));
        if (to != null) {
            overlaps = overlaps.and(APPOINTMENT.VALID_FROM.le(to));
        }
        return select(PERSON.FULL_NAME)
                .from(APPOINTMENT).join(PERSON).on(PERSON.ID.eq(APPOINTMENT.PERSON_ID))
                .where(APPOINTMENT.BODY_ID.eq(bodyId)).and(APPOINTMENT.ROLE.eq(role))
                .and(appointmentId == null ? DSL.noCondition() : APPOINTMENT.ID.ne(appointmentId))
                .and(role.isUnique() ? DSL.noCondition() : APPOINTMENT.PERSON_ID.eq(personId))
                .and(overlaps)
                .orderBy(APPOINTMENT.VALID_FROM)
                .limit(1);
    }

    /** Valid on the day, both ends inclusive. */
    static Condition validOn(LocalDate day) {
        return APPOINTMENT.VALID_FROM.le(day).and(APPOINTMENT.VALID_TO.isNull().or(APPOINTMENT.VALID_TO.ge(day)));
    }

    static Appointment toAppointment(Record14<Long, Long, String, String, Long, String, AppointmentRole, Long, String,
            LocalDate, LocalDate, String, Integer, List<DecidedAt>> r) {
        return Records.mapping(Appointment::new).map(r);
    }
}
