package se.samordnaren.invitation;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.people.AppointmentRole;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.samordnaren.db.Tables.APPOINTMENT;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEETING_INVITATION;
import static se.samordnaren.db.Tables.MEMBER;
import static se.samordnaren.db.Tables.PERSON;

/** The reads of the kallelse: the meeting with who is called (one statement), and the revisions produced. */
@Component
class InvitationQueries {

    /** Who is called: the body's members (chair and vice chair included) and substitutes on the meeting date. */
    static final List<AppointmentRole> CALLED = List.of(AppointmentRole.CHAIR, AppointmentRole.VICE_CHAIR,
            AppointmentRole.MEMBER, AppointmentRole.SUBSTITUTE);

    private final DSLContext db;

    InvitationQueries(DSLContext db) {
        this.db = db;
    }

    /** The meeting as the kallelse prints it. */
    record Meeting(long id, long bodyId, String bodyName, String associationName, LocalDate date, LocalTime start,
                   LocalTime end, String location, boolean digital, MeetingStatus status, List<Called> called) {
    }

    /** One appointment of a person called (a person may hold two, e.g. chair and member: {@link InvitationService} merges). */
    record Called(long personId, String name, String party, String organisation, String email, AppointmentRole role) {
    }

    /** A revision of the kallelse, without its content. */
    record Revision(int revision, OffsetDateTime producedAt, String producedBy, String changeNote, long sizeBytes,
                    OffsetDateTime sentAt, Integer recipientCount) {
    }

    Optional<Meeting> meeting(long meetingId) {
        var called = multiset(select(PERSON.ID, PERSON.FULL_NAME, PERSON.PARTY,
                coalesce(PERSON.ORGANISATION, MEMBER.NAME), PERSON.EMAIL, APPOINTMENT.ROLE)
                .from(APPOINTMENT)
                .join(PERSON).on(PERSON.ID.eq(APPOINTMENT.PERSON_ID))
                .leftJoin(MEMBER).on(MEMBER.ID.eq(coalesce(APPOINTMENT.MEMBER_REPRESENTED_ID, PERSON.MEMBER_ID)))
                .where(APPOINTMENT.BODY_ID.eq(MEETING.BODY_ID))
                .and(APPOINTMENT.ROLE.in(CALLED))
                .and(APPOINTMENT.VALID_FROM.le(MEETING.MEETING_DATE))
                .and(APPOINTMENT.VALID_TO.isNull().or(APPOINTMENT.VALID_TO.ge(MEETING.MEETING_DATE)))
                .orderBy(APPOINTMENT.ROLE.sortAsc(CALLED), PERSON.FULL_NAME, PERSON.ID))
                .convertFrom(r -> r.map(Records.mapping(Called::new)));
        var association = select(ASSOCIATION.NAME).from(ASSOCIATION).orderBy(ASSOCIATION.ID).limit(1).<String>asField();
        return db.select(MEETING.ID, MEETING.BODY_ID, BODY.NAME, association, MEETING.MEETING_DATE, MEETING.START_TIME,
                        MEETING.END_TIME, MEETING.LOCATION, MEETING.IS_DIGITAL, MEETING.STATUS, called)
                .from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(MEETING.ID.eq(meetingId))
                .fetchOptional(Records.mapping(Meeting::new));
    }

    List<Revision> revisions(long meetingId) {
        return db.select(MEETING_INVITATION.REVISION, MEETING_INVITATION.PRODUCED_AT, MEETING_INVITATION.PRODUCED_BY,
                        MEETING_INVITATION.CHANGE_NOTE, MEETING_INVITATION.SIZE_BYTES, MEETING_INVITATION.SENT_AT,
                        MEETING_INVITATION.RECIPIENT_COUNT)
                .from(MEETING_INVITATION)
                .where(MEETING_INVITATION.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_INVITATION.REVISION.desc())
                .fetch(Records.mapping(Revision::new));
    }

    /** The stored PDF of a revision; the latest when revision is null. */
    Optional<Stored> content(long meetingId, Integer revision) {
        var query = db.select(MEETING_INVITATION.REVISION, MEETING_INVITATION.CONTENT, MEETING_INVITATION.SHA256)
                .from(MEETING_INVITATION)
                .where(MEETING_INVITATION.MEETING_ID.eq(meetingId));
        if (revision != null) {
            query = query.and(MEETING_INVITATION.REVISION.eq(revision));
        }
        return query.orderBy(MEETING_INVITATION.REVISION.desc()).limit(1).fetchOptional(Records.mapping(Stored::new));
    }

    record Stored(int revision, byte[] content, String sha256) {
    }
}
