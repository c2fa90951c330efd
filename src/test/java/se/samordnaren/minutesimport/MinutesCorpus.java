package se.samordnaren.minutesimport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The corpus in src/test/resources/minutes: each protocol NAME.txt with NAME.expected.json, written by hand from the
 * protocol (paragraph numbers, titles, sections and outcomes, header facts), or {"refused": REASON} for a file that is
 * not minutes. {@link #score} compares a parse with the expectation, paragraph by paragraph.
 */
final class MinutesCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Document(String name, String text, JsonNode expected) {
        boolean refused() {
            return expected.has("refused");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Paragraphs expected, found with the right number and title, outcomes right, and paragraphs found in excess. */
    record Score(int expected, int found, int outcomes, int extra) {
        Score plus(Score other) {
            return new Score(expected + other.expected, found + other.found, outcomes + other.outcomes, extra + other.extra);
        }

        double foundShare() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        double outcomeShare() {
            return expected == 0 ? 1 : (double) outcomes / expected;
        }

        String report(String label) {
            return "%-5s %3d paragraphs expected: %3d with the right number and title (%5.1f %%), %3d outcomes right "
                    .formatted(label, expected, found, 100 * foundShare(), outcomes)
                    + "(%5.1f %%), %d found in excess".formatted(100 * outcomeShare(), extra);
        }
    }

    private MinutesCorpus() {
    }

    static List<Document> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(MinutesCorpus::document).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> minutes() {
        return all().stream().filter(d -> !d.refused()).toList();
    }

    static List<Document> refused() {
        return all().stream().filter(Document::refused).toList();
    }

    static Document get(String name) {
        return document(directory().resolve(name + ".txt"));
    }

    private static Path directory() {
        try {
            return Path.of(MinutesCorpus.class.getResource("/minutes").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document document(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode expected = JSON.readTree(Files.readString(file.resolveSibling(name + ".expected.json")));
            return new Document(name, text, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph counts as found when one with its number has its title; its outcome counts when it is the same. */
    static Score score(Document document, ParsedMinutes parsed) {
        int found = 0;
        int outcomes = 0;
        JsonNode expected = document.expected().get("paragraphs");
        for (JsonNode paragraph : expected) {
            int number = paragraph.get("number").asInt();
            Paragraph match = parsed.paragraphs().stream().filter(p -> p.number() == number).findFirst().orElse(null);
            if (match == null) {
                continue;
            }
            if (sameTitle(match.title(), paragraph.get("title").asString())) {
                found++;
            }
            if (match.decision().outcome().code().equals(paragraph.get("outcome").asString())) {
                outcomes++;
            }
        }
        int extra = Math.max(0, parsed.paragraphs().size() - expected.size());
        return new Score(expected.size(), found, outcomes, extra);
    }

    static boolean sameTitle(String actual, String expected) {
        return normalised(actual).equals(normalised(expected));
    }

    private static String normalised(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[–—-]", "-").replaceAll("[\"”“']", "\"")
                .replaceAll("\\s+", " ").replaceAll("[.:\\s]+$", "").strip();
    }
}
