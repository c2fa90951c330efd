package se.samordnaren.application;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import static se.samordnaren.common.Texts.blankToNull;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * Who applied or proposed, as typed: a member when the text is a member's name or short name (case does not matter;
 * the full name wins over a short name), otherwise the text itself, kept as a free-text organisation. Used inside the
 * application and idea services' transactions; those services carry the role checks.
 */
@Component
class ApplicantMatcher {

    /** Exactly one of the two is set. */
    record Applicant(Long memberId, String name) {
    }

    private final DSLContext db;

    ApplicantMatcher(DSLContext db) {
        this.db = db;
    }

    /** The member given, else the member the text names, else the text; null when neither a member nor a text is given. */
    Applicant resolve(Long memberId, String typed) {
        if (memberId != null) {
            return new Applicant(memberId, null);
        }
        String text = blankToNull(typed);
        if (text == null) {
            return null;
        }
        // Compared in Java, not with SQL lower(): the database's collation may not fold Å, Ä and Ö.
        Long byShortName = null;
        for (var m : db.select(MEMBER.ID, MEMBER.NAME, MEMBER.SHORT_NAME).from(MEMBER).orderBy(MEMBER.ID).fetch()) {
            if (text.equalsIgnoreCase(m.value2())) {
                return new Applicant(m.value1(), null);
            }
            if (byShortName == null && text.equalsIgnoreCase(m.value3())) {
                byShortName = m.value1();
            }
        }
        return byShortName != null ? new Applicant(byShortName, null) : new Applicant(null, text);
    }
}
