package se.samordnaren.meeting;

import org.jooq.SelectField;
import org.jooq.impl.DSL;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.db.tables.AgendaItem;
import se.samordnaren.db.tables.Body;
import se.samordnaren.db.tables.Meeting;

/**
 * The § reference ({@link ParagraphRef}) as one nested field of a query over meeting, body and agenda item, so that
 * every read of "where was this decided" maps it the same way. A § of approved minutes is cited as those minutes read:
 * with the body's name and § prefix as approved ({@link AsApproved}), not as the body is called today.
 */
public final class ParagraphRefs {

    private ParagraphRefs() {
    }

    /** The § of {@code item} in {@code meeting} of {@code body} (inner joins: never null). */
    public static SelectField<ParagraphRef> of(Meeting meeting, Body body, AgendaItem item) {
        return DSL.row(meeting.ID, AsApproved.bodyName(meeting, body), AsApproved.paragraphPrefix(meeting, body), meeting.MEETING_DATE,
                        item.NUMBER)
                .mapping(ParagraphRef::new);
    }

    /** Like {@link #of}, for outer joins: null when there is no such §. */
    public static SelectField<ParagraphRef> optional(Meeting meeting, Body body, AgendaItem item) {
        return DSL.row(meeting.ID, AsApproved.bodyName(meeting, body), AsApproved.paragraphPrefix(meeting, body), meeting.MEETING_DATE,
                        item.NUMBER)
                .mapping((id, name, prefix, date, number) -> id == null ? null : new ParagraphRef(id, name, prefix, date, number));
    }
}
