package se.samordnaren.minutesimport;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The corpus read three ways — as text, as a Word file and as a PDF made from it — and compared with its expected
 * data. The report test prints the corpus figures: the share of paragraphs found with the right number and title and
 * the share of outcomes right.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MinutesCorpusTest {

    static List<MinutesCorpus.Document> minutes() {
        return MinutesCorpus.minutes();
    }

    static List<MinutesCorpus.Document> refused() {
        return MinutesCorpus.refused();
    }

    private static ParsedMinutes fromText(MinutesCorpus.Document document) {
        return MinutesImport.parse(document.text().getBytes(StandardCharsets.UTF_8), document.name() + ".txt");
    }

    private static ParsedMinutes fromDocx(MinutesCorpus.Document document) {
        return MinutesImport.parse(CorpusFiles.docx(document.text()), document.name() + ".docx");
    }

    private static ParsedMinutes fromPdf(MinutesCorpus.Document document) {
        return MinutesImport.parse(CorpusFiles.pdf(document.text(), "Protokoll " + document.name()), document.name() + ".pdf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("minutes")
    void a_protocol_read_as_text_gives_the_expected_paragraphs_outcomes_and_header(MinutesCorpus.Document document) {
        ParsedMinutes parsed = fromText(document);
        JsonNode expected = document.expected();

        assertThat(paragraphs(parsed)).containsExactlyElementsOf(expectedParagraphs(expected));
        assertThat(parsed.body().code()).isEqualTo(expected.get("body").asString());
        assertThat(parsed.association()).isEqualTo(expected.get("association").asString());
        assertThat(String.valueOf(parsed.date())).isEqualTo(expected.get("date").asString());
        assertThat(String.valueOf(parsed.time())).isEqualTo(String.valueOf(text(expected.get("time"))));
        assertThat(parsed.place()).isEqualTo(text(expected.get("place")));
        assertThat(parsed.chair()).isEqualTo(text(expected.get("chair")));
        assertThat(parsed.secretary()).isEqualTo(text(expected.get("secretary")));
        assertThat(parsed.justerare()).containsExactlyElementsOf(strings(expected.get("justerare")));

        List<String> participants = new ArrayList<>();
        expected.get("participants").forEach(p -> participants.add(p.get("name").asString() + " | "
                + text(p.get("member")) + " | " + p.get("attendance").asString()));
        assertThat(parsed.participants()).extracting(p -> p.name() + " | " + p.member() + " | " + p.attendance().code())
                .containsExactlyElementsOf(participants);

        List<String> signatures = new ArrayList<>();
        expected.get("signatures").forEach(s -> signatures.add(s.get("name").asString() + " | " + text(s.get("title"))
                + " | " + OffsetDateTime.parse(s.get("signed_at").asString()) + " | " + text(s.get("method"))));
        assertThat(parsed.signatures()).extracting(s -> s.name() + " | " + s.title() + " | "
                + s.signedAt().toString() + " | " + s.method()).containsExactlyElementsOf(signatures);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("minutes")
    void a_protocol_made_into_a_word_file_gives_the_same_paragraphs(MinutesCorpus.Document document) {
        ParsedMinutes parsed = fromDocx(document);

        assertThat(parsed.sourceType()).isEqualTo(SourceType.DOCX);
        assertThat(paragraphs(parsed)).containsExactlyElementsOf(expectedParagraphs(document.expected()));
        assertThat(String.valueOf(parsed.date())).isEqualTo(document.expected().get("date").asString());
        assertThat(parsed.body().code()).isEqualTo(document.expected().get("body").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("minutes")
    void a_protocol_made_into_a_pdf_gives_the_same_paragraphs_without_the_page_furniture(MinutesCorpus.Document document) {
        ParsedMinutes parsed = fromPdf(document);

        assertThat(parsed.sourceType()).isEqualTo(SourceType.PDF);
        assertThat(paragraphs(parsed)).containsExactlyElementsOf(expectedParagraphs(document.expected()));
        assertThat(String.valueOf(parsed.date())).isEqualTo(document.expected().get("date").asString());
        assertThat(parsed.body().code()).isEqualTo(document.expected().get("body").asString());
        assertThat(parsed.paragraphs()).allSatisfy(p -> assertThat(p.text())
                .doesNotContain("Justerandes signatur", "Sida ", "Protokoll " + document.name()));
        assertThat(parsed.signatures()).hasSameSizeAs(document.expected().get("signatures").values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void a_kallelse_or_an_invoice_is_refused_in_any_format(MinutesCorpus.Document document) {
        MinutesImportException.Reason reason = MinutesImportException.Reason.valueOf(document.expected().get("refused").asString());
        for (Function<MinutesCorpus.Document, ParsedMinutes> read : List.<Function<MinutesCorpus.Document, ParsedMinutes>>of(
                MinutesCorpusTest::fromText, MinutesCorpusTest::fromDocx, MinutesCorpusTest::fromPdf)) {
            assertThatThrownBy(() -> read.apply(document))
                    .isInstanceOf(MinutesImportException.class)
                    .satisfies(e -> assertThat(((MinutesImportException) e).reason()).isEqualTo(reason))
                    .hasMessageContaining(reason == MinutesImportException.Reason.KALLELSE ? "kallelse" : "faktura");
        }
    }

    @Test
    void corpus_report_prints_the_share_of_paragraphs_and_outcomes_found() {
        MinutesCorpus.Score text = new MinutesCorpus.Score(0, 0, 0, 0);
        MinutesCorpus.Score docx = text;
        MinutesCorpus.Score pdf = text;
        StringBuilder files = new StringBuilder();
        for (MinutesCorpus.Document document : MinutesCorpus.minutes()) {
            MinutesCorpus.Score score = MinutesCorpus.score(document, fromText(document));
            text = text.plus(score);
            docx = docx.plus(MinutesCorpus.score(document, fromDocx(document)));
            pdf = pdf.plus(MinutesCorpus.score(document, fromPdf(document)));
            files.append("  ").append(score.report("text")).append("  ").append(document.name()).append('\n');
        }
        MinutesCorpus.Score all = text.plus(docx).plus(pdf);
        System.out.println("Minutes corpus: " + MinutesCorpus.minutes().size() + " protocols, "
                + MinutesCorpus.refused().size() + " files that must be refused\n" + files
                + "  " + text.report("text") + "\n  " + docx.report("docx") + "\n  " + pdf.report("pdf")
                + "\n  " + all.report("all"));

        assertThat(all.foundShare()).isGreaterThanOrEqualTo(0.95);
        assertThat(all.outcomeShare()).isGreaterThanOrEqualTo(0.90);
    }

    private static List<String> paragraphs(ParsedMinutes parsed) {
        return parsed.paragraphs().stream()
                .map(p -> p.number() + " | " + p.title() + " | " + p.section() + " | " + p.decision().outcome().code())
                .toList();
    }

    private static List<String> expectedParagraphs(JsonNode expected) {
        List<String> result = new ArrayList<>();
        expected.get("paragraphs").forEach(p -> result.add(p.get("number").asInt() + " | " + p.get("title").asString()
                + " | " + text(p.get("section")) + " | " + p.get("outcome").asString()));
        return result;
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asString()));
        return result;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
