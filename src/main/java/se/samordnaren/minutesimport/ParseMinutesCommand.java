package se.samordnaren.minutesimport;

import se.samordnaren.common.FileCommand;


import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code java -jar samordnaren.jar parse-minutes FILE}: reads one protocol (PDF, Word .docx or text) without database
 * or web server and prints the recognised minutes as JSON on standard output. A file that cannot be read or is not
 * minutes: exit code 2, a Swedish message on standard error, nothing on standard output. Wrong usage: exit code 1.
 * Started from {@code Application.main} before Spring.
 */
public final class ParseMinutesCommand {

    public static final String NAME = "parse-minutes";
    static final int OK = FileCommand.OK;
    static final int USAGE = FileCommand.USAGE;
    static final int REFUSED = FileCommand.REFUSED;

    private ParseMinutesCommand() {
    }

    /** Arguments after the command name. Exits the JVM with the command's exit code. */
    public static void main(String[] args) {
        // The PDF and Word libraries log; without Spring, Logback's default would print their debug lines on
        // standard output, where only the JSON belongs. This configuration logs warnings to standard error.
        System.setProperty("logback.configurationFile", "se/samordnaren/minutesimport/command-line-logback.xml");
        FileCommand.exitWith(NAME, args, REFUSED, ParseMinutesCommand::read);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return FileCommand.run(NAME, args, out, err, REFUSED, ParseMinutesCommand::read);
    }

    private static Object read(byte[] bytes, Path file) throws FileCommand.Refused {
        try {
            return MinutesJson.of(MinutesImport.parse(bytes, file.getFileName().toString()));
        } catch (MinutesImportException e) {
            throw new FileCommand.Refused(file.getFileName() + ": " + e.getMessage());
        }
    }
}
