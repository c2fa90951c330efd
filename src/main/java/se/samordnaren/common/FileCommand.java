package se.samordnaren.common;

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
 * The shared shape of the command-line readers ({@code parse-sie}, {@code parse-minutes}), started from
 * {@code Application.main} before Spring: one file in, JSON on standard output (exit 0); a refused file: its Swedish
 * message on standard error, nothing on standard output (exit 2); wrong usage: exit 1.
 */
public final class FileCommand {

    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int REFUSED = 2;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Reads the file's bytes into the object to print as JSON, or refuses the file with a Swedish message. */
    @FunctionalInterface
    public interface Reader {
        Object read(byte[] bytes, Path file) throws Refused;
    }

    /** A file the command will not read, with the Swedish message for standard error. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private FileCommand() {
    }

    /** Runs the command on the process's own streams (UTF-8) and exits the JVM with its exit code. */
    public static void exitWith(String name, String[] args, int unreadableExit, Reader reader) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(name, args, out, err, unreadableExit, reader));
    }

    /** The command's work; {@code unreadableExit} is the exit code for a missing or unreadable file. */
    public static int run(String name, String[] args, PrintStream out, PrintStream err, int unreadableExit, Reader reader) {
        if (args.length != 1) {
            err.println("Användning: java -jar samordnaren.jar " + name + " FIL");
            return USAGE;
        }
        Path file = Path.of(args[0]);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("Filen finns inte: " + file);
            return unreadableExit;
        } catch (IOException e) {
            err.println("Filen kunde inte läsas: " + file + " (" + e.getMessage() + ")");
            return unreadableExit;
        }
        Object json;
        try {
            json = reader.read(bytes, file);
        } catch (Refused e) {
            err.println(e.getMessage());
            return REFUSED;
        }
        out.println(JSON.writeValueAsString(json));
        out.flush();
        return OK;
    }
}
