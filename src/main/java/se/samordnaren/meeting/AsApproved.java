package se.samordnaren.meeting;

import org.jooq.Field;
import org.jooq.impl.DSL;
import se.samordnaren.db.tables.Body;
import se.samordnaren.db.tables.Meeting;

import static se.samordnaren.db.Tables.ASSOCIATION;

/**
 * The one rule for what minutes show from other tables: approved minutes show the copy taken when they were approved
 * (the {@code *_as_approved} columns, filled by the database in the approving statement, see
 * {@code db/changelog/014-approved-minutes-snapshot.sql}); drafts show today's value. So renaming a body or a person
 * never changes approved minutes, their PDF, their extracts or a § citation of them.
 */
public final class AsApproved {

    private AsApproved() {
    }

    /** {@code asApproved} when the meeting is approved, else {@code live}. */
    public static <T> Field<T> shown(Meeting meeting, Field<T> asApproved, Field<T> live) {
        return DSL.when(meeting.APPROVED_AT.isNull(), live).otherwise(asApproved);
    }

    /** "Arbetsutskottet" */
    public static Field<String> bodyName(Meeting meeting, Body body) {
        return shown(meeting, meeting.BODY_NAME_AS_APPROVED, body.NAME);
    }

    /** "AU", or null for no prefix. */
    public static Field<String> paragraphPrefix(Meeting meeting, Body body) {
        return shown(meeting, meeting.PARAGRAPH_PREFIX_AS_APPROVED, body.PARAGRAPH_PREFIX);
    }

    /** "Arbetsutskottet beslutade" */
    public static Field<String> decisionVerb(Meeting meeting, Body body) {
        return shown(meeting, meeting.DECISION_VERB_AS_APPROVED, body.DECISION_VERB);
    }

    /** "Lunds samordningsförbund" (the association is the one row with id 1). */
    public static Field<String> associationName(Meeting meeting) {
        return shown(meeting, meeting.ASSOCIATION_NAME_AS_APPROVED,
                DSL.field(DSL.select(ASSOCIATION.NAME).from(ASSOCIATION).where(ASSOCIATION.ID.eq(1))));
    }
}
