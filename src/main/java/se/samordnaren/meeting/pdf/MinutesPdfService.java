package se.samordnaren.meeting.pdf;

import com.vaadin.flow.i18n.I18NProvider;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.UserFacingException;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.AGENDA_ITEM_ATTENDANCE;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_CLAUSE;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEETING_ATTENDANCE;
import static se.samordnaren.db.Tables.PERSON;

/** The minutes (protokoll) and extracts (protokollsutdrag) as PDF, laid out as Swedish public bodies print them. */
@Service
public class MinutesPdfService {

    private final DSLContext db;
    private final PdfTexts texts;

    MinutesPdfService(DSLContext db, I18NProvider translations) {
        this.db = db;
        this.texts = new PdfTexts(translations);
    }

    public record Pdf(String filename, byte[] content) {
    }

    /** The whole protocol. Everyone signed in may read minutes. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Pdf minutes(long meetingId) {
        MinutesDocument minutes = load(meetingId).orElseThrow(() -> new UserFacingException("minutesPdf.error.notFound"));
        byte[] pdf = new MinutesPdfRenderer(minutes, texts).protocol();
        return new Pdf(texts.get("file.protocol") + "-" + slug(minutes.bodyName()) + "-" + minutes.meetingDate() + ".pdf", pdf);
    }

    /** A protokollsutdrag with only the chosen paragraphs (numbers as printed). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Pdf extract(long meetingId, Collection<Integer> paragraphNumbers) {
        MinutesDocument minutes = load(meetingId).orElseThrow(() -> new UserFacingException("minutesPdf.error.notFound"));
        Set<Integer> wanted = new TreeSet<>(paragraphNumbers == null ? List.of() : paragraphNumbers);
        List<MinutesDocument.Item> chosen = minutes.items().stream().filter(i -> wanted.contains(i.number())).toList();
        if (chosen.isEmpty() || chosen.size() != wanted.size()) {
            throw new UserFacingException("minutesPdf.error.noSuchParagraph");
        }
        byte[] pdf = new MinutesPdfRenderer(minutes, texts).extract(chosen);
        String numbers = String.join("-", chosen.stream().map(i -> String.valueOf(i.number())).toList());
        return new Pdf(texts.get("file.extract") + "-" + slug(minutes.bodyName()) + "-" + minutes.meetingDate() + "-p" + numbers + ".pdf", pdf);
    }

    Optional<MinutesDocument> load(long meetingId) {
        return db.select(
                        MEETING.ID,
                        select(ASSOCIATION.NAME).from(ASSOCIATION).where(ASSOCIATION.ID.eq(1)).<String>asField("association_name"),
                        BODY.NAME, BODY.DECISION_VERB, BODY.PARAGRAPH_PREFIX,
                        MEETING.MEETING_DATE, MEETING.START_TIME, MEETING.END_TIME, MEETING.LOCATION, MEETING.IS_DIGITAL,
                        MEETING.APPROVED_AT.isNotNull().as("approved"),
                        MEETING.APPROVAL_DATE, MEETING.APPROVAL_PLACE, MEETING.NOTICE_POSTED_ON, MEETING.NOTICE_REMOVED_ON,
                        MEETING.MINUTES_STORAGE_PLACE,
                        multiset(select(PERSON.FULL_NAME, PERSON.PARTY, MEETING_ATTENDANCE.ATTENDANCE_ROLE,
                                        MEETING_ATTENDANCE.CAPACITY, MEETING_ATTENDANCE.IS_CHAIR, MEETING_ATTENDANCE.IS_APPROVER,
                                        MEETING_ATTENDANCE.ONLY_ITEMS)
                                .from(MEETING_ATTENDANCE).join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDANCE.PERSON_ID))
                                .where(MEETING_ATTENDANCE.MEETING_ID.eq(MEETING.ID))
                                .orderBy(MEETING_ATTENDANCE.SORT_ORDER, PERSON.FULL_NAME))
                                .convertFrom(r -> r.map(Records.mapping(MinutesDocument.Attendee::new))),
                        multiset(select(AGENDA_ITEM.NUMBER, AGENDA_ITEM.TITLE, AGENDA_ITEM.BODY_TEXT, AGENDA_ITEM.CASE_NUMBER,
                                        DECISION.INTRO, DECISION.OUTCOME,
                                        multiset(select(DECISION_CLAUSE.TEXT).from(DECISION_CLAUSE)
                                                .where(DECISION_CLAUSE.DECISION_ID.eq(DECISION.ID))
                                                .orderBy(DECISION_CLAUSE.POSITION))
                                                .convertFrom(r -> r.getValues(DECISION_CLAUSE.TEXT)),
                                        multiset(select(PERSON.FULL_NAME, PERSON.PARTY, AGENDA_ITEM_ATTENDANCE.PRESENT,
                                                        AGENDA_ITEM_ATTENDANCE.NOTE)
                                                .from(AGENDA_ITEM_ATTENDANCE).join(PERSON).on(PERSON.ID.eq(AGENDA_ITEM_ATTENDANCE.PERSON_ID))
                                                .where(AGENDA_ITEM_ATTENDANCE.ITEM_ID.eq(AGENDA_ITEM.ID))
                                                .orderBy(PERSON.FULL_NAME))
                                                .convertFrom(r -> r.map(Records.mapping(MinutesDocument.Presence::new))))
                                .from(AGENDA_ITEM).leftJoin(DECISION).on(DECISION.ITEM_ID.eq(AGENDA_ITEM.ID))
                                .where(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID))
                                .orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.NUMBER))
                                .convertFrom(r -> r.map(Records.mapping(MinutesDocument.Item::new))))
                .from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(MEETING.ID.eq(meetingId))
                .fetchOptional(Records.mapping(MinutesDocument::new));
    }

    /** "Styrelsen" → "styrelsen", "Ägarsamrådet" → "agarsamradet". */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
