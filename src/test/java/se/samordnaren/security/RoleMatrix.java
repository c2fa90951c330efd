package se.samordnaren.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one table of who may do what: {@code src/test/resources/security/role-matrix.csv}, one row per route and per
 * public service method, one column per role and one for a visitor who is not signed in ({@code x} allowed,
 * {@code -} refused). {@link RouteAccessTest} visits every route and {@link ServiceRoleTest} calls every service
 * method as every role and anonymously and compares the answer with the row; a route or method without a row, or a
 * row without a route or method, fails them.
 *
 * <p>To add rows for new routes or methods, run those two tests with {@code -Dsamordnaren.roleMatrix.write=true}:
 * they write the rows they observe into the file (in target/role-matrix-observed-*.csv too); review the diff.
 */
final class RoleMatrix {

    static final Path FILE = Path.of("src/test/resources/security/role-matrix.csv");
    static final String ANONYMOUS = "anonymous";
    static final List<String> COLUMNS = columns();
    static final boolean WRITE = Boolean.getBoolean("samordnaren.roleMatrix.write");

    private RoleMatrix() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(Arrays.stream(Role.values()).map(Role::name).toList());
        columns.add(ANONYMOUS);
        return List.copyOf(columns);
    }

    /** The file's rows of one kind ("route" or "service"), name → the columns allowed. */
    static Map<String, Set<String>> read(String kind) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("kind;")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length != COLUMNS.size() + 2) {
                    throw new IllegalStateException("role-matrix.csv: " + (COLUMNS.size() + 2) + " cells expected in " + line);
                }
                if (!cells[0].equals(kind)) {
                    continue;
                }
                Set<String> allowed = new java.util.TreeSet<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    switch (cells[i + 2]) {
                        case "x" -> allowed.add(COLUMNS.get(i));
                        case "-" -> { }
                        default -> throw new IllegalStateException("role-matrix.csv: x or - expected in " + line);
                    }
                }
                if (result.put(cells[1], allowed) != null) {
                    throw new IllegalStateException("role-matrix.csv: twice " + cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /**
     * Replaces the rows of one kind with the observed ones (only with -Dsamordnaren.roleMatrix.write=true), keeping
     * the header and the other kind's rows.
     */
    static void writeObserved(String kind, Map<String, Set<String>> observed) {
        try {
            Path target = Path.of("target/role-matrix-observed-" + kind + ".csv");
            Files.createDirectories(target.getParent());
            Files.write(target, lines(kind, new TreeMap<>(observed)), StandardCharsets.UTF_8);
            if (!WRITE) {
                return;
            }
            List<String> kept = new ArrayList<>();
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (!line.startsWith(kind + ";")) {
                    kept.add(line);
                }
            }
            kept.addAll(lines(kind, new TreeMap<>(observed)));
            Files.write(FILE, kept, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String kind, Map<String, Set<String>> rows) {
        return rows.entrySet().stream().map(row -> kind + ";" + row.getKey() + ";"
                + COLUMNS.stream().map(c -> row.getValue().contains(c) ? "x" : "-").collect(Collectors.joining(";")))
                .toList();
    }
}
