package se.samordnaren.minutesimport;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signatures on an e-signature page ("Signatursida … Detta dokument har elektroniskt undertecknats av …", or a
 * signing service's verification page): name, title, moment and identification. Entries may be laid out one field a
 * line, with labels ("Namn:", "Titel:", "Datum:", "Identifiering:"), on one line, or as events in the log
 * ("Anna Berg har signerat …"); the same person is kept once.
 */
final class ESignatures {

    private static final Pattern METHOD = Pattern.compile("(?iU)(svensk e-legitimation|svenskt? bankid|mobilt bankid|"
            + "bankid(?: på fil| på kort)?|freja(?:\\s*eid\\+?)?|e-legitimation|siths(?:-kort)?|telia e-legitimation|"
            + "engångskod via sms|sms-kod|sms|e-postverifiering|e-post|eid)");
    private static final Pattern LABELLED = Pattern.compile("(?iU)^(namn|name|undertecknare|signerare|titel|roll|"
            + "befattning|title|role|datum|tid|tidpunkt|signerat|signerad|undertecknat|undertecknad|signed|"
            + "identifiering(?:styp)?|identifieringsmetod|metod|legitimering|id-typ|autentisering|e-legitimation|"
            + "identifierad med|signeringsmetod)\\s*:\\s*(.*)$");
    private static final Pattern EVENT = Pattern.compile("(?iU)^(.*?)\\b(?:har\\s+)?(?:signerat|signerade|undertecknat|"
            + "undertecknade|e-signerade|e-signerat)\\b(.*)$");
    private static final Pattern ROLE = Pattern.compile("(?iU)^(?:(?:mötes)?ordförande|vice ordförande|ordf\\.?|"
            + "justerare|justerande|sekreterare|protokollförare|ledamot|ersättare|förbundschef|förbundssamordnare|"
            + "förbundsdirektör|verksamhetschef|ordförande och justerare|justerare och ordförande|ordförande/justerare)"
            + "(?:\\s*(?:,|och|/)\\s*\\p{L}+)*$");
    private static final Pattern NOISE = Pattern.compile("(?iU)@|https?://|www\\.|^ip|ip-adress|transaktion|"
            + "referensnummer|dokument-?id|sidor?\\b|huvuddokument|verifikat|händelser|signatursida|detta dokument|"
            + "alla händelsetider|signerare\\s*$|^signaturer|utfärdat av|^\\(?[A-ZÅÄÖ]{2,3}\\)?$");

    private ESignatures() {
    }

    private static final class Entry {
        String name;
        String title;
        OffsetDateTime signedAt;
        String method;

        Signature toSignature() {
            return new Signature(name, title, signedAt, method);
        }
    }

    static List<Signature> read(List<PreparedText.Line> block) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        Entry current = null;
        for (PreparedText.Line line : block) {
            String text = line.text().replace('\t', ' ').strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher labelled = LABELLED.matcher(text);
            if (labelled.matches()) {
                String label = labelled.group(1).toLowerCase();
                String value = labelled.group(2).strip();
                if (label.matches("namn|name|undertecknare|signerare")) {
                    String name = People.leadingName(value);
                    if (name != null) {
                        current = entry(byName, name);
                    }
                } else if (current != null && label.matches("titel|roll|befattning|title|role")) {
                    current.title = current.title == null && !value.isEmpty() ? value : current.title;
                } else if (current != null && SwedishDates.hasDateTime(value)) {
                    current.signedAt = current.signedAt == null ? SwedishDates.dateTime(value) : current.signedAt;
                    fillMethod(current, value);
                } else if (current != null) {
                    fillMethod(current, value);
                    if (current.method == null && !value.isEmpty() && label.matches("(?iU).*(identif|metod|legitim|id-typ|autentis).*")) {
                        current.method = value;
                    }
                }
                continue;
            }
            Matcher event = EVENT.matcher(text);
            if (event.matches() && !text.toLowerCase().startsWith("detta")) {
                String name = lastName(event.group(1));
                if (name == null && event.group(1).isBlank()) {
                    // "Signerat av: Claes Nord (Ordförande) 2017-09-29 14:05 via BankID"
                    List<String> after = People.namesIn(event.group(2));
                    name = after.isEmpty() ? null : after.getFirst();
                    Matcher role = Pattern.compile("\\(([^)]+)\\)").matcher(event.group(2));
                    if (name != null && role.find() && ROLE.matcher(role.group(1).strip()).matches()) {
                        entry(byName, name).title = role.group(1).strip();
                    }
                }
                if (name != null) {
                    Entry entry = entry(byName, name);
                    if (entry.signedAt == null) {
                        entry.signedAt = SwedishDates.dateTime(text);
                    }
                    fillMethod(entry, text);
                    current = entry;
                    continue;
                }
            }
            String name = People.wholeName(text);
            String[] parts = text.split("\\s*[,;|]\\s*|\\s+[–-]\\s+");
            if (name == null && parts.length > 1 && People.wholeName(parts[0]) != null) {
                // "Anna Berg, Ordförande, 2023-04-14 09:12, BankID"
                current = entry(byName, People.wholeName(parts[0]));
                for (int i = 1; i < parts.length; i++) {
                    fillField(current, parts[i]);
                }
                continue;
            }
            if (name != null && !ROLE.matcher(text).matches()) {
                current = entry(byName, name);
                continue;
            }
            String nameInParens = People.leadingName(text.replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
            if (nameInParens != null && text.matches(".*\\(\\p{Lu}{1,3}\\)\\s*$")) {
                // "Anna Berg (AB)" as a signing service writes the signer.
                current = entry(byName, nameInParens);
                continue;
            }
            if (current != null) {
                fillField(current, text);
            }
        }
        List<Signature> signatures = new ArrayList<>();
        for (Entry entry : byName.values()) {
            if (entry.signedAt != null || entry.method != null) {
                signatures.add(entry.toSignature());
            }
        }
        return signatures;
    }

    private static Entry entry(Map<String, Entry> byName, String name) {
        return byName.computeIfAbsent(name, n -> {
            Entry entry = new Entry();
            entry.name = n;
            return entry;
        });
    }

    private static void fillField(Entry entry, String text) {
        if (SwedishDates.hasDateTime(text)) {
            if (entry.signedAt == null) {
                entry.signedAt = SwedishDates.dateTime(text);
            }
            fillMethod(entry, text);
            return;
        }
        if (METHOD.matcher(text).find()) {
            fillMethod(entry, text);
            return;
        }
        if (entry.title == null && ROLE.matcher(text).matches()) {
            entry.title = text;
            return;
        }
        if (entry.title == null && entry.signedAt == null && !NOISE.matcher(text).find() && text.length() <= 40
                && !text.matches(".*\\d.*") && text.split("\\s+").length <= 4 && !People.isOrganisation(text)) {
            entry.title = text;
        }
    }

    private static void fillMethod(Entry entry, String text) {
        if (entry.method != null) {
            return;
        }
        Matcher m = METHOD.matcher(text);
        if (m.find()) {
            String method = m.group(1);
            entry.method = Character.toUpperCase(method.charAt(0)) + method.substring(1);
        }
    }

    /** The last name-like run of words before "har signerat". */
    private static String lastName(String text) {
        List<String> names = People.namesIn(text);
        return names.isEmpty() ? null : names.getLast();
    }
}
