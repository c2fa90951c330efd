package se.samordnaren.decision;

import org.jooq.DSLContext;

/** Many paragraphs that mention a word, in one statement (through the real table and its triggers). */
final class ManyHits {

    private ManyHits() {
    }

    /** § {@code from} … {@code from + count - 1} of the meeting, information items whose text mentions the word once. */
    static void paragraphs(DSLContext db, long meetingId, int from, int count, String word) {
        db.execute("""
                insert into agenda_item (meeting_id, number, title, kind, body_text)
                select ?, n, 'Punkt ' || n, 'INFORMATION', 'Styrelsen noterade läget för ' || ? || ' och ' || n || ' andra frågor.'
                  from generate_series(?, ?) n
                """, meetingId, word, from, from + count - 1);
    }
}
