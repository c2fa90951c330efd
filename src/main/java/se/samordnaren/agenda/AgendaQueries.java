package se.samordnaren.agenda;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

import static se.samordnaren.db.Tables.AGENDA_ENTRY;
import static se.samordnaren.db.Tables.AGENDA_ENTRY_PAPER;
import static se.samordnaren.db.Tables.ATTACHMENT_INFO;

/** The reads of the agenda: a meeting's points with their papers in one statement. */
@Component
class AgendaQueries {

    private final DSLContext db;

    AgendaQueries(DSLContext db) {
        this.db = db;
    }

    List<AgendaPoint> points(long meetingId) {
        var papers = DSL.multiset(db.select(ATTACHMENT_INFO.ID, ATTACHMENT_INFO.FILE_NAME, ATTACHMENT_INFO.CONTENT_TYPE,
                                ATTACHMENT_INFO.SIZE_BYTES)
                        .from(AGENDA_ENTRY_PAPER).join(ATTACHMENT_INFO).on(ATTACHMENT_INFO.ID.eq(AGENDA_ENTRY_PAPER.ATTACHMENT_ID))
                        .where(AGENDA_ENTRY_PAPER.ENTRY_ID.eq(AGENDA_ENTRY.ID))
                        .orderBy(AGENDA_ENTRY_PAPER.POSITION, AGENDA_ENTRY_PAPER.ID))
                .convertFrom(r -> r.map(Records.mapping(AgendaPoint.AgendaPaper::new)));
        return db.select(AGENDA_ENTRY.ID, AGENDA_ENTRY.VERSION, AGENDA_ENTRY.POSITION, AGENDA_ENTRY.TITLE, AGENDA_ENTRY.KIND,
                        AGENDA_ENTRY.DESCRIPTION, AGENDA_ENTRY.PROPOSAL, AGENDA_ENTRY.CASE_NUMBER, AGENDA_ENTRY.SOURCE,
                        AGENDA_ENTRY.ITEM_ID, AGENDA_ENTRY.NOT_REACHED, papers)
                .from(AGENDA_ENTRY)
                .where(AGENDA_ENTRY.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ENTRY.POSITION)
                .fetch(r -> new AgendaPoint(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        clauses(r.value7()), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }

    /** The stored proposal holds one clause per line; blank lines are not clauses. */
    static List<String> clauses(String proposal) {
        return proposal == null ? List.of() : Arrays.stream(proposal.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
