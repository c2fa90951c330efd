package se.samordnaren.minutesimport;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parse-minutes FILE}: JSON on standard output, or exit code 2 and a Swedish message on standard error. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ParseMinutesCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void the_lund_protocol_is_printed_as_the_json_of_issue_10() throws Exception {
        Path file = write("lund.txt", MinutesCorpus.get("lund-styrelse-2021-03-19").text().getBytes(StandardCharsets.UTF_8));

        int exitCode = run(file.toString());

        assertThat(exitCode).isZero();
        assertThat(stderr()).isEmpty();
        JsonNode json = JSON.readTree(stdout());
        assertThat(names(json)).containsExactly("body", "association", "date", "time", "place", "participants",
                "secretary", "chair", "justerare", "signatures", "paragraphs");
        assertThat(json.get("body").asString()).isEqualTo("styrelse");
        assertThat(json.get("association").asString()).isEqualTo("Lunds samordningsförbund");
        assertThat(json.get("date").asString()).isEqualTo("2021-03-19");
        assertThat(json.get("time").isNull()).isTrue();
        assertThat(json.get("place").asString()).isEqualTo("Skype");
        JsonNode first = json.get("participants").get(0);
        assertThat(names(first)).containsExactly("name", "role", "member", "attendance");
        assertThat(first.get("name").asString()).isEqualTo("Göran Wallén");
        assertThat(first.get("role").asString()).isEqualTo("ordförande");
        assertThat(first.get("member").asString()).isEqualTo("Lunds kommun");
        assertThat(first.get("attendance").asString()).isEqualTo("decision_maker");
        assertThat(json.get("secretary").asString()).isEqualTo("Bengt Selander");
        assertThat(json.get("chair").asString()).isEqualTo("Göran Wallén");
        assertThat(json.get("justerare").get(0).asString()).isEqualTo("Alexander Werne");
        assertThat(json.get("signatures")).isEmpty();
        JsonNode paragraph = json.get("paragraphs").get(8);
        assertThat(names(paragraph)).containsExactly("number", "title", "section", "text", "decision");
        assertThat(paragraph.get("number").asInt()).isEqualTo(9);
        assertThat(paragraph.get("title").asString()).isEqualTo("AMA-rapporten");
        assertThat(paragraph.get("text").asString()).startsWith("Styrelsen har sedan tidigare fått en genomgång");
        assertThat(names(paragraph.get("decision"))).containsExactly("clauses", "outcome");
        assertThat(paragraph.get("decision").get("clauses").get(0).asString()).startsWith("Att inte godkänna rapporten");
        assertThat(paragraph.get("decision").get("outcome").asString()).isEqualTo("referred_back");
    }

    @Test
    void e_signatures_are_printed_with_the_moment_and_its_offset() throws Exception {
        Path file = write("au.pdf", CorpusFiles.pdf(MinutesCorpus.get("au-sjobygden-2023-04-05").text(), null));

        assertThat(run(file.toString())).isZero();

        JsonNode signature = JSON.readTree(stdout()).get("signatures").get(0);
        assertThat(names(signature)).containsExactly("name", "title", "signed_at", "method");
        assertThat(signature.get("name").asString()).isEqualTo("Anna Berg");
        assertThat(signature.get("title").asString()).isEqualTo("Ordförande");
        assertThat(signature.get("signed_at").asString()).isEqualTo("2023-04-12T08:14:31+02:00");
        assertThat(signature.get("method").asString()).isEqualTo("Svensk e-legitimation");
    }

    @Test
    void a_kallelse_gives_exit_code_2_and_says_so_in_swedish() throws Exception {
        Path file = write("kallelse.txt", MinutesCorpus.get("kallelse-sjobygden-2023-05-11").text().getBytes(StandardCharsets.UTF_8));

        assertThat(run(file.toString())).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("kallelse.txt: Filen ser ut att vara en kallelse");
    }

    @Test
    void an_invoice_gives_exit_code_2() throws Exception {
        Path file = write("faktura.txt", MinutesCorpus.get("faktura-sjoudden-2023-04-20").text().getBytes(StandardCharsets.UTF_8));

        assertThat(run(file.toString())).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("faktura, inte ett protokoll");
    }

    @Test
    void a_file_that_cannot_be_read_gives_exit_code_2() throws Exception {
        assertThat(run(dir.resolve("finns-inte.pdf").toString())).isEqualTo(2);
        assertThat(stderr()).contains("Filen finns inte");

        err.reset();
        Path empty = write("tom.pdf", new byte[0]);
        assertThat(run(empty.toString())).isEqualTo(2);
        assertThat(stderr()).contains("Filen är tom.");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void wrong_usage_gives_exit_code_1() {
        assertThat(run()).isEqualTo(1);
        assertThat(stderr()).contains("Användning: java -jar samordnaren.jar parse-minutes FIL");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private int run(String... args) {
        return ParseMinutesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
