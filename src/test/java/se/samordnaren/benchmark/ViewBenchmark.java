package se.samordnaren.benchmark;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import se.samordnaren.decision.SearchService;
import se.samordnaren.testsupport.StatementCounter;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of issue 12 (docs/performance.md), NOT part of the normal test run: {@code ./mvnw -Pbenchmark verify}
 * (database: {@code -Dbenchmark.url=jdbc:postgresql://127.0.0.1/big15}, filled by {@code generate-data}). Builds each
 * main view browserless against the large database as a förbundschef and prints, per view: the server time (median of
 * {@value #RUNS} after {@value #WARMUP} warm-ups), the jOOQ statements it ran, the time of those same statements run
 * directly over JDBC, and beside them the time of the best hand-written query for the same data
 * ({@link BestQueries}), timed alternately with them in {@value #PAIRS} pairs ("paired": the median of the per-pair
 * ratios, robust under load; "ratio": the ratio of the two medians); then Swedish search latency p50/p95 over {@link BestQueries#SEARCHES}
 * with the database's own time per search (planning + execution on the server), and heap per open session. Results also go to target/benchmark.txt.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${benchmark.url:jdbc:postgresql://127.0.0.1/big15}",
        "spring.datasource.username=${benchmark.user:postgres}",
        "spring.datasource.password=${benchmark.password:}",
        // Development mode (tests) keeps a stack trace per component created and attached (for the dev tools), which
        // production does not: ~3 KB per component, most of the heap per open view. Off, as in production.
        "vaadin.devmode.componentTracker.enabled=${benchmark.componentTracker:false}"})
@ActiveProfiles("test")
class ViewBenchmark extends SpringBrowserlessTest {

    static final int WARMUP = 3;
    static final int RUNS = 9;
    /** Alternating pairs (view's statements, best query) for the SQL ratio. */
    static final int PAIRS = 20;
    /** A cheap view between two measurements. */
    static final String NEUTRAL = "organ";

    @Autowired
    DSLContext db;
    @Autowired
    DataSource dataSource;
    @Autowired
    SearchService search;

    private final StringBuilder report = new StringBuilder();
    /** Every view's statements and its best query in full (target/benchmark-statements.sql), to EXPLAIN them. */
    private final StringBuilder statementsText = new StringBuilder();

    @Test
    @WithMockUser(username = "benchmark", roles = "FORBUNDSCHEF")
    void main_views_on_the_large_association() throws Exception {
        long meeting = number("""
                select m.id from meeting m join body b on b.id = m.body_id join agenda_item i on i.meeting_id = m.id
                 where b.body_type = 'BOARD' and m.approved_at is not null
                 group by m.id order by abs(count(*) - 30), (select count(*) from decision_link l join decision d on d.id = l.decision_id
                                                             join agenda_item ii on ii.id = d.item_id where ii.meeting_id = m.id) desc, m.id limit 1""");
        long initiative = number("""
                select i.id from initiative i where i.parent_id is null and exists (select 1 from initiative c where c.parent_id = i.id)
                 order by (select count(*) from initiative_grant g where g.initiative_id = i.id) desc, i.id limit 1""");
        int year = (int) number("select extract(year from current_date)::integer");
        line("database %s: %s meetings, %s §, %s decisions, %s links, %s insatser, %s applications, %s bookkeeping rows",
                db.fetchValue("select current_database()"), count("meeting"), count("agenda_item"), count("decision"),
                count("decision_link"), count("initiative"), count("funding_application"), count("bookkeeping_row"));
        line("meeting %d (%s §), insats %d", meeting, db.fetchValue("select count(*) from agenda_item where meeting_id = " + meeting), initiative);
        line("");
        line("%-28s %9s %6s %12s %12s %7s %7s", "view", "server ms", "stmts", "same SQL ms", "best SQL ms", "ratio", "paired");

        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("start page /", "");
        routes.put("dashboard /oversikt", "oversikt?ar=" + year);
        routes.put("insats list /insatser", "insatser");
        routes.put("insats detail", "insatser/" + initiative);
        routes.put("meeting (~30 §)", "sammantraden/" + meeting);
        routes.put("meeting list", "sammantraden");
        routes.put("decision register /beslut", "beslut");
        routes.put("search /sok?q=insatsen", "sok?q=insatsen");
        routes.put("application list", "ansokningar");
        Map<String, String> best = BestQueries.forViews(meeting, initiative, year);
        String only = System.getProperty("benchmark.only"); // e.g. "meeting (,insats detail": a quicker run of some views
        for (Map.Entry<String, String> route : routes.entrySet()) {
            if (only == null || Arrays.stream(only.split(",")).anyMatch(route.getKey()::startsWith)) {
                measureView(route.getKey(), route.getValue(), best.get(route.getKey()));
            }
        }
        // "search" (or any prefix of the search view's name) also runs the latency over the 50 searches.
        if (only == null || Arrays.stream(only.split(",")).anyMatch(o -> !o.isEmpty() && "search /sok".startsWith(o))) {
            line("");
            searchLatency();
        }
        if (only != null) {
            if (System.getProperty("benchmark.heap") != null) {
                heapPerSession();
            }
            Files.writeString(Path.of("target", "benchmark.txt"), report.toString());
            Files.writeString(Path.of("target", "benchmark-statements.sql"), statementsText.toString());
            return;
        }
        line("");
        heapPerSession();
        Files.writeString(Path.of("target", "benchmark.txt"), report.toString());
        Files.writeString(Path.of("target", "benchmark-statements.sql"), statementsText.toString());
    }

    private long number(String sql) {
        return ((Number) db.fetchValue(sql)).longValue();
    }

    private long count(String table) {
        return number("select count(*) from " + table);
    }

    private void measureView(String name, String route, String bestQuery) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            open(NEUTRAL);
            open(route);
        }
        double[] times = new double[RUNS];
        List<String> statements = List.of();
        for (int i = 0; i < RUNS; i++) {
            open(NEUTRAL); // a view navigated to again from itself is kept, not built anew
            StatementCounter.reset();
            StatementCounter.captureInlined(i == 0);
            long t = System.nanoTime();
            open(route);
            times[i] = (System.nanoTime() - t) / 1e6;
            if (i == 0) {
                statements = StatementCounter.inlined();
            }
            StatementCounter.captureInlined(false);
        }
        double[] timed = {Double.NaN, Double.NaN, Double.NaN}; // same SQL ms, best SQL ms, paired ratio
        if (bestQuery == null) {
            timed[0] = sqlTime(statements);
        } else {
            try {
                timed = pairedSqlTime(statements, bestQuery);
            } catch (java.sql.SQLException e) {
                line("    best query failed: %s", e.getMessage());
                timed[0] = sqlTime(statements);
            }
        }
        line("%-28s %9.1f %6d %12.1f %12.1f %7s %7s", name, median(times), statements.size(), timed[0], timed[1],
                bestQuery == null ? "" : String.format("%.1f×", timed[0] / timed[1]),
                bestQuery == null ? "" : String.format("%.2f×", timed[2]));
        statementsText.append("-- ").append(name).append('\n');
        statements.forEach(sql -> statementsText.append(sql).append(";\n"));
        statementsText.append("-- best\n").append(bestQuery == null ? "" : bestQuery.strip() + ";\n").append('\n');
        if (System.getProperty("benchmark.verbose") != null) {
            for (String s : statements) {
                line("    %8.1f ms  %s", sqlTime(List.of(s)), s.length() > 200 ? s.substring(0, 200) + " …" : s);
            }
        }
    }

    private void open(String route) {
        int query = route.indexOf('?');
        if (query < 0) {
            com.vaadin.flow.component.UI.getCurrent().navigate(route);
        } else {
            com.vaadin.flow.component.UI.getCurrent().navigate(route.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(route.substring(query + 1)));
        }
        roundTrip(); // lazy grids fetch their first page when the response is written
        // A response sends the JavaScript calls queued for the browser; the browserless round trip does not, and
        // every call queued would keep its element, and the view around it, for the rest of the UI's life.
        com.vaadin.flow.component.UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }

    /** Median time of running the statements one after the other over plain JDBC (autocommit). */
    private double sqlTime(List<String> statements) throws Exception {
        double[] times = new double[RUNS];
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            for (int i = -WARMUP; i < RUNS; i++) {
                double t = runOnce(s, statements);
                if (i >= 0) {
                    times[i] = t;
                }
            }
        }
        return median(times);
    }

    /**
     * The view's statements and the best query timed alternately, in {@value #PAIRS} pairs on one connection (which
     * of the two goes first alternates too), so that load from other processes falls on both alike: the medians of
     * each and the median of the per-pair ratios.
     */
    private double[] pairedSqlTime(List<String> statements, String bestQuery) throws Exception {
        double[] same = new double[PAIRS];
        double[] best = new double[PAIRS];
        double[] ratios = new double[PAIRS];
        List<String> bestStatements = List.of(bestQuery);
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            for (int i = -WARMUP; i < PAIRS; i++) {
                boolean viewFirst = (i & 1) == 0;
                double a = runOnce(s, viewFirst ? statements : bestStatements);
                double b = runOnce(s, viewFirst ? bestStatements : statements);
                if (i >= 0) {
                    same[i] = viewFirst ? a : b;
                    best[i] = viewFirst ? b : a;
                    ratios[i] = same[i] / best[i];
                }
            }
        }
        return new double[]{median(same), median(best), median(ratios)};
    }

    /** Milliseconds to run the statements one after the other, reading every row. */
    private static double runOnce(Statement s, List<String> statements) throws java.sql.SQLException {
        long t = System.nanoTime();
        for (String sql : statements) {
            if (s.execute(sql)) {
                try (ResultSet r = s.getResultSet()) {
                    while (r.next()) {
                        r.getObject(1);
                    }
                }
            }
        }
        return (System.nanoTime() - t) / 1e6;
    }

    /**
     * One warm-up round over the 50 searches, then {@code -Dbenchmark.searchRounds} measured rounds (default 1, as the
     * figures in docs/performance.md); then the database's time per search ({@link #serverTimePerSearch}); with
     * {@code -Dbenchmark.verbose} each search's median time, hits shown, server time and blocks.
     */
    private void searchLatency() throws java.sql.SQLException {
        int rounds = Integer.getInteger("benchmark.searchRounds", 1);
        List<Double> times = new ArrayList<>();
        Map<String, List<Double>> perQuery = new LinkedHashMap<>();
        Map<String, Integer> shown = new LinkedHashMap<>();
        int hits = 0;
        for (int round = 0; round <= rounds; round++) {
            for (String q : BestQueries.SEARCHES) {
                long t = System.nanoTime();
                int found = search.search(q).size();
                double ms = (System.nanoTime() - t) / 1e6;
                if (round > 0) {
                    hits += found;
                    times.add(ms);
                    perQuery.computeIfAbsent(q, k -> new ArrayList<>()).add(ms);
                    shown.put(q, found);
                }
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, ServerTime> server = serverTimePerSearch();
        double[] serverMs = server.values().stream().mapToDouble(ServerTime::total).sorted().toArray();
        line("search over %d queries × %d (%d hits, with snippets): p50 %.1f ms, p95 %.1f ms, max %.1f ms; database per search"
                        + " (planning + execution on the server) mean %.2f ms (%.2f + %.2f), p95 %.2f ms, %.0f blocks",
                BestQueries.SEARCHES.size(), rounds, hits / rounds, percentile(sorted, 50), percentile(sorted, 95),
                sorted[sorted.length - 1], Arrays.stream(serverMs).average().orElse(0),
                server.values().stream().mapToDouble(ServerTime::planning).average().orElse(0),
                server.values().stream().mapToDouble(ServerTime::execution).average().orElse(0), percentile(serverMs, 95),
                server.values().stream().mapToLong(ServerTime::blocks).average().orElse(0));
        if (System.getProperty("benchmark.verbose") != null) {
            perQuery.forEach((q, ms) -> line("    %8.1f ms  %3d shown  %6.2f ms %6d blocks on the server  %s",
                    median(ms.stream().mapToDouble(Double::doubleValue).toArray()), shown.get(q), server.get(q).total(),
                    server.get(q).blocks(), q));
        }
    }

    /** Planning and execution time on the server and shared buffers touched (hit or read) by one or more statements. */
    record ServerTime(double planning, double execution, long blocks) {

        double total() {
            return planning + execution;
        }
    }

    private static final java.util.regex.Pattern PLANNING = java.util.regex.Pattern.compile("Planning Time: ([0-9.]+) ms");
    private static final java.util.regex.Pattern EXECUTION = java.util.regex.Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final java.util.regex.Pattern BUFFERS = java.util.regex.Pattern.compile("Buffers: shared(?: hit=(\\d+))?(?: read=(\\d+))?");

    /**
     * What each of the 50 searches costs the database alone, without the client, the driver or the network: the
     * statements the service ran for it (bind values inlined), each under {@code EXPLAIN (ANALYZE, TIMING OFF, SUMMARY,
     * BUFFERS)}, planning plus execution; per search the median of {@code -Dbenchmark.serverRounds} rounds (5) after one
     * warm-up, the searches in turn within a round. Time on the server still waits for a core when the machine is busy;
     * the blocks (shared buffers hit or read by the plan's execution) do not.
     */
    private Map<String, ServerTime> serverTimePerSearch() throws java.sql.SQLException {
        Map<String, List<String>> statements = new LinkedHashMap<>();
        for (String q : BestQueries.SEARCHES) {
            StatementCounter.reset();
            StatementCounter.captureInlined(true);
            try {
                search.search(q);
            } finally {
                StatementCounter.captureInlined(false);
            }
            statements.put(q, StatementCounter.inlined());
        }
        int rounds = Integer.getInteger("benchmark.serverRounds", 5);
        Map<String, List<ServerTime>> measured = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            for (int round = -1; round < rounds; round++) {
                for (Map.Entry<String, List<String>> search : statements.entrySet()) {
                    double planning = 0;
                    double execution = 0;
                    long blocks = 0;
                    for (String sql : search.getValue()) {
                        ServerTime t = explain(s, sql);
                        planning += t.planning();
                        execution += t.execution();
                        blocks += t.blocks();
                    }
                    if (round >= 0) {
                        measured.computeIfAbsent(search.getKey(), k -> new ArrayList<>()).add(new ServerTime(planning, execution, blocks));
                    }
                }
            }
        }
        Map<String, ServerTime> result = new LinkedHashMap<>();
        measured.forEach((q, runs) -> {
            List<ServerTime> byTotal = runs.stream().sorted(java.util.Comparator.comparingDouble(ServerTime::total)).toList();
            result.put(q, byTotal.get(byTotal.size() / 2));
        });
        return result;
    }

    /** One statement under EXPLAIN ANALYZE: planning, execution, and the blocks of its top node (which include all below). */
    private static ServerTime explain(Statement s, String sql) throws java.sql.SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet r = s.executeQuery("explain (analyze, timing off, summary, buffers) " + sql)) {
            while (r.next()) {
                plan.append(r.getString(1)).append('\n');
            }
        }
        var planning = PLANNING.matcher(plan);
        var execution = EXECUTION.matcher(plan);
        int planningSection = plan.indexOf("\nPlanning:");
        var buffers = BUFFERS.matcher(planningSection < 0 ? plan : plan.subSequence(0, planningSection));
        if (!planning.find() || !execution.find()) {
            throw new IllegalStateException("no timing in the plan of " + sql + ":\n" + plan);
        }
        long blocks = 0;
        if (buffers.find()) { // the first is the top node's
            blocks = (buffers.group(1) == null ? 0 : Long.parseLong(buffers.group(1)))
                    + (buffers.group(2) == null ? 0 : Long.parseLong(buffers.group(2)));
        }
        return new ServerTime(Double.parseDouble(planning.group(1)), Double.parseDouble(execution.group(1)), blocks);
    }

    /**
     * Heap retained by open views: per page, N views built browserless in one UI and kept, ÷ N. Pages:
     * {@code -Dbenchmark.heap=beslut,sammantraden/206} (also with {@code benchmark.only}; default the four lists), N:
     * {@code -Dbenchmark.heapViews} (20); {@code -Dbenchmark.histograms=1} writes the class histogram before and after
     * each page to target/heap-*.txt (the difference shows what a view keeps).
     */
    private void heapPerSession() throws IOException {
        int n = Integer.getInteger("benchmark.heapViews", 20);
        long before = usedHeap();
        String[] pages = System.getProperty("benchmark.heap", "").isBlank()
                ? new String[]{"ansokningar", "sammantraden", "insatser", "beslut"}
                : System.getProperty("benchmark.heap").split(",");
        for (int k = 0; k < pages.length; k++) {
            String page = pages[k];
            // The page's first opening (lazy shared caches, class loading) is not counted; before and after, the
            // neutral view is the one shown, so the difference is the N views kept (detached from the UI).
            open(page);
            open(NEUTRAL);
            List<Object> views = new ArrayList<>();
            long start = usedHeap();
            histogram((k + 1) + "-" + page, "before");
            for (int i = 0; i < n; i++) {
                open(page);
                views.add(getCurrentView());
                open(NEUTRAL);
            }
            long after = usedHeap();
            histogram((k + 1) + "-" + page, "after");
            line("heap per open %s page: %.2f MB (%d views kept)", page, (after - start) / 1e6 / n, views.size());
        }
        line("(heap before: %.1f MB)", before / 1e6);
    }

    private static void histogram(String page, String when) throws IOException {
        if (System.getProperty("benchmark.histograms") == null) {
            return;
        }
        try {
            Object text = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()});
            Files.writeString(Path.of("target", "heap-" + page.replaceAll("[^a-z0-9]+", "-") + "-" + when + ".txt"),
                    text.toString());
        } catch (javax.management.JMException e) {
            throw new IOException(e);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
