package se.samordnaren.minutesimport;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code java -jar samordnaren.jar parse-minutes FILE}: reads one protocol (PDF, Word .docx or text) without database
 * or web server and prints the recognised minutes as JSON on standard output. A file that cannot be read or is not
 * minutes: exit code 2, a Swedish message on standard error, nothing on standard output. Wrong usage: exit code 1.
 * Started from {@code Application.main} before Spring.
 */
public final class ParseMinutesCommand {

    public static final String NAME = "parse-minutes";
    static final int OK = 0;
    static final int USAGE = 1;
    static final int REFUSED = 2;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ParseMinutesCommand() {
    }

    /** Arguments after the command name. Exits the JVM with the command's exit code. */
    public static void main(String[] args) {
        // The PDF and Word libraries log; without Spring, Logback's default would print their debug lines on
        // standard output, where only the JSON belongs. This configuration logs warnings to standard error.
        System.setProperty("logback.configurationFile", "se/samordnaren/minutesimport/command-line-logback.xml");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("Användning: java -jar samordnaren.jar " + NAME + " FIL");
            return USAGE;
        }
        Path file = Path.of(args[0]);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("Filen finns inte: " + file);
            return REFUSED;
        } catch (IOException e) {
            err.println("Filen kunde inte läsas: " + file + " (" + e.getMessage() + ")");
            return REFUSED;
        }
        ParsedMinutes minutes;
        try {
            minutes = MinutesImport.parse(bytes, file.getFileName().toString());
        } catch (MinutesImportException e) {
            err.println(file.getFileName() + ": " + e.getMessage());
            return REFUSED;
        }
        out.println(JSON.writeValueAsString(MinutesJson.of(minutes)));
        out.flush();
        return OK;
    }
}
