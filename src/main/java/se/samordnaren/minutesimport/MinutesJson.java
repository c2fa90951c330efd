package se.samordnaren.minutesimport;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of issue 10 (field names in snake case, dates ISO, a moment ISO with its offset). */
public final class MinutesJson {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private MinutesJson() {
    }

    public static Map<String, Object> of(ParsedMinutes minutes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("body", minutes.body().code());
        json.put("association", minutes.association());
        json.put("date", minutes.date() == null ? null : minutes.date().toString());
        json.put("time", minutes.time());
        json.put("place", minutes.place());
        json.put("participants", minutes.participants().stream().map(p -> {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", p.name());
            person.put("role", p.role());
            person.put("member", p.member());
            person.put("attendance", p.attendance().code());
            return person;
        }).toList());
        json.put("secretary", minutes.secretary());
        json.put("chair", minutes.chair());
        json.put("justerare", List.copyOf(minutes.justerare()));
        json.put("signatures", minutes.signatures().stream().map(s -> {
            Map<String, Object> signature = new LinkedHashMap<>();
            signature.put("name", s.name());
            signature.put("title", s.title());
            signature.put("signed_at", s.signedAt() == null ? null : MOMENT.format(s.signedAt()));
            signature.put("method", s.method());
            return signature;
        }).toList());
        json.put("paragraphs", minutes.paragraphs().stream().map(p -> {
            Map<String, Object> paragraph = new LinkedHashMap<>();
            paragraph.put("number", p.number());
            paragraph.put("title", p.title());
            paragraph.put("section", p.section());
            paragraph.put("text", p.text());
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("clauses", List.copyOf(p.decision().clauses()));
            decision.put("outcome", p.decision().outcome().code());
            paragraph.put("decision", decision);
            return paragraph;
        }).toList());
        return json;
    }
}
