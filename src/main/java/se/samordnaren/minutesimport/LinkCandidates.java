package se.samordnaren.minutesimport;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_VERSION;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.LINKABLE_RECORD_LABEL;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * The register's insatser, applications and member organisations with the names a protocol may call them by (name,
 * short name, an application's title), read in one query, and the matching of a §'s text against them.
 */
@Component
class LinkCandidates {

    /** One record and the names it goes by. */
    record Candidate(long recordId, String kind, String label, List<String> names) {
    }

    /** Common abbreviations of the two state members, by the start of their name. */
    private static final Map<String, List<String>> STATE_ABBREVIATIONS = Map.of(
            "försäkringskassan", List.of("FK"),
            "arbetsförmedlingen", List.of("AF", "Af"));

    private final DSLContext db;

    LinkCandidates(DSLContext db) {
        this.db = db;
    }

    List<Candidate> all() {
        var latestTitle = DSL.field(DSL.select(FUNDING_APPLICATION_VERSION.TITLE).from(FUNDING_APPLICATION_VERSION)
                .where(FUNDING_APPLICATION_VERSION.APPLICATION_ID.eq(FUNDING_APPLICATION.ID))
                .orderBy(FUNDING_APPLICATION_VERSION.VERSION_NO.desc()).limit(1));
        var label = DSL.field(DSL.select(LINKABLE_RECORD_LABEL.LABEL).from(LINKABLE_RECORD_LABEL)
                .where(LINKABLE_RECORD_LABEL.RECORD_ID.eq(DSL.field("x.record_id", Long.class))));
        var names = db.select(INITIATIVE.RECORD_ID.as("record_id"), DSL.inline("INITIATIVE").as("kind"),
                        INITIATIVE.NAME.as("name"), INITIATIVE.SHORT_NAME.as("short_name"))
                .from(INITIATIVE)
                .unionAll(DSL.select(FUNDING_APPLICATION.RECORD_ID, DSL.inline("FUNDING_APPLICATION"), latestTitle,
                        DSL.inline((String) null)).from(FUNDING_APPLICATION))
                .unionAll(DSL.select(MEMBER.RECORD_ID, DSL.inline("MEMBER"), MEMBER.NAME, MEMBER.SHORT_NAME).from(MEMBER))
                .asTable("x");
        return db.select(names.field("record_id", Long.class), names.field("kind", String.class),
                        names.field("name", String.class), names.field("short_name", String.class), label)
                .from(names)
                .fetch(r -> {
                    List<String> all = new ArrayList<>();
                    Stream.of(r.value3(), r.value4()).filter(n -> n != null && !n.isBlank()).map(String::strip).forEach(all::add);
                    if (r.value2().equals("MEMBER") && r.value3() != null) {
                        STATE_ABBREVIATIONS.forEach((start, abbreviations) -> {
                            if (r.value3().toLowerCase(Locale.ROOT).startsWith(start)) {
                                all.addAll(abbreviations);
                            }
                        });
                    }
                    return new Candidate(r.value1(), r.value2(), r.value5() == null ? r.value3() : r.value5(), all);
                });
    }

    /** The candidates the text names, each once, in the order of the candidates, with the name found. */
    static List<ImportDraft.LinkSuggestion> mentionedIn(String text, List<Candidate> candidates) {
        Map<Long, ImportDraft.LinkSuggestion> found = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        for (Candidate c : candidates) {
            for (String name : c.names()) {
                if (name.length() < 2 || found.containsKey(c.recordId())) {
                    continue;
                }
                if (pattern(name).matcher(text).find()) {
                    found.put(c.recordId(), new ImportDraft.LinkSuggestion(c.recordId(), c.kind(), c.label(), name));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * A whole-word match: abbreviations ("IRIS", "SVU", "FK": short and in capitals) only as written, longer names in
     * any case and with any spacing.
     */
    private static Pattern pattern(String name) {
        boolean abbreviation = name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT));
        String words = Pattern.quote(name).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
                abbreviation ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
