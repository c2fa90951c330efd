package se.samordnaren.bookkeeping.sie;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.CP437;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.CRLF;
import static se.samordnaren.bookkeeping.sie.SieTestFiles.LF;

/** {@code parse-sie FILE}: JSON on standard output, or exit code 2 and the Swedish message on standard error. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ParseSieCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_file_is_summarised_as_json_with_exact_amounts() throws Exception {
        Path file = SieTestFiles.write(dir, "fortnox.se",
                SieTestFiles.encode(SieParserProducersTest.FORTNOX_LIKE, CP437, CRLF, false));

        int exitCode = run(file.toString());

        assertThat(exitCode).isZero();
        assertThat(stderr()).isEmpty();
        JsonNode json = JSON.readTree(stdout());
        assertThat(json.get("program").asString()).isEqualTo("Fortnox 3.57.11");
        assertThat(json.get("sie_type").asInt()).isEqualTo(4);
        assertThat(json.get("company").asString()).isEqualTo("Samordningsförbundet Lund");
        assertThat(json.get("fiscal_years")).hasSize(2);
        assertThat(json.get("fiscal_years").get(0).get("index").asInt()).isZero();
        assertThat(json.get("fiscal_years").get(0).get("start").asString()).isEqualTo("2021-01-01");
        assertThat(json.get("fiscal_years").get(0).get("end").asString()).isEqualTo("2021-12-31");
        assertThat(json.get("fiscal_years").get(1).get("index").asInt()).isEqualTo(-1);
        assertThat(json.get("vouchers").asInt()).isEqualTo(4);
        assertThat(json.get("transaction_rows").asInt()).isEqualTo(9);
        assertThat(map(json, "transactions_by_account")).containsExactly(
                Map.entry("1930", "812500.00"), Map.entry("2440", "0.00"), Map.entry("3010", "-875000.00"),
                Map.entry("5010", "12500.00"), Map.entry("6550", "50000.00"));
        assertThat(map(json, "transactions_by_object")).containsExactly(
                Map.entry("1:K1", "22500.00"), Map.entry("6:P100", "40000.00"), Map.entry("6:P200", "10000.00"));
        assertThat(map(json, "results_by_account")).containsExactly(
                Map.entry("3010", "-875000.00"), Map.entry("5010", "12500.00"), Map.entry("6550", "50000.00"));
        assertThat(json.get("checksum").asString()).isEqualTo("absent");
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void the_checksum_and_the_warnings_are_reported() throws Exception {
        Path file = SieTestFiles.write(dir, "visma.se",
                SieTestFiles.encode(SieParserProducersTest.VISMA_LIKE, StandardCharsets.UTF_8, LF, true));

        assertThat(run(file.toString())).isZero();

        JsonNode json = JSON.readTree(stdout());
        assertThat(json.get("checksum").asString()).isEqualTo("valid");
        assertThat(json.get("transaction_rows").asInt()).isEqualTo(9);
        assertThat(map(json, "transactions_by_account")).containsExactly(
                Map.entry("1930", "-2000.00"), Map.entry("2640", "400.00"), Map.entry("6250", "1600.00"));
        assertThat(json.get("warnings").get(0).asString()).contains("PC8");
    }

    @Test
    void a_refused_file_exits_with_2_and_the_swedish_message_on_standard_error_only() throws Exception {
        List<String> lines = new ArrayList<>(SieParserRefusalTest.CORRECT);
        lines.set(11, "#TRANS 6550 {} 1350.00");
        Path file = SieTestFiles.write(dir, "obalans.se", SieTestFiles.encode(lines, CP437, CRLF, false));

        int exitCode = run(file.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEqualTo("Rad 10: Verifikation A 12 (2021-03-04) är inte i balans: differens 100,00 kr"
                + System.lineSeparator());
    }

    @Test
    void wrong_usage_and_a_missing_file_exit_with_1() {
        assertThat(run()).isEqualTo(1);
        assertThat(stderr()).startsWith("Användning: java -jar samordnaren.jar parse-sie FIL");
        err.reset();

        assertThat(run(dir.resolve("finns-inte.se").toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("Filen finns inte: ");
        assertThat(stdout()).isEmpty();
    }

    /**
     * Through {@code se.samordnaren.Application.main}, in a separate JVM on the test class path: the command answers
     * without starting Spring, the web server or a database (Spring would log its banner and never exit by itself).
     */
    @Test
    void the_application_main_dispatches_to_the_command_without_starting_spring() throws Exception {
        Path file = SieTestFiles.write(dir, "typ3.se",
                SieTestFiles.encode(SieParserProducersTest.TYPE_3, CP437, CRLF, false));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "se.samordnaren.Application", ParseSieCommand.NAME, file.toString())
                .redirectOutput(dir.resolve("out.json").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();

        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("the command exits by itself").isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
        JsonNode json = JSON.readTree(Files.readString(dir.resolve("out.json")));
        assertThat(json.get("sie_type").asInt()).isEqualTo(3);
        assertThat(json.get("vouchers").asInt()).isZero();
        assertThat(map(json, "results_by_account")).containsExactly(
                Map.entry("3010", "-7000000.00"), Map.entry("6550", "3700000.00"));
    }

    private static Map<String, String> map(JsonNode json, String field) {
        return JSON.convertValue(json.get(field), new TypeReference<Map<String, String>>() {
        });
    }

    private int run(String... args) {
        return ParseSieCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
