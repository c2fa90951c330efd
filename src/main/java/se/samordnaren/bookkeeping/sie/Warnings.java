package se.samordnaren.bookkeeping.sie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warnings of one parse, in the order they arose. A warning that can recur on many lines (a text cut short, a
 * missing brace) is given once, for its first line, with the number of further lines where the same happened, so that
 * a file with thousands of such lines still yields a readable list.
 */
final class Warnings {

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        final String message;
        int more;

        Entry(String message) {
            this.message = message;
        }
    }

    void add(String message) {
        entries.putIfAbsent(message, new Entry(message));
    }

    /** A warning of {@code kind}; after the first, only counted. */
    void addRepeated(String kind, String message) {
        Entry entry = entries.get("\u0000" + kind);
        if (entry == null) {
            entries.put("\u0000" + kind, new Entry(message));
        } else {
            entry.more++;
        }
    }

    List<String> list() {
        List<String> list = new ArrayList<>();
        for (Entry entry : entries.values()) {
            list.add(entry.more == 0 ? entry.message : entry.message.replaceFirst("\\.$", "")
                    + " (likadant på " + entry.more + (entry.more == 1 ? " rad till" : " rader till") + ").");
        }
        return list;
    }
}
