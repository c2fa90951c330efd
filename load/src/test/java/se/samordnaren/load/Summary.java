package se.samordnaren.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Round trips per view (all requests of one step: a navigation's UIDL request, or a page load's three requests),
 * recorded by the simulation and printed as p50/p95/p99 when it ends, with the machine's load average.
 */
final class Summary {

    private final Map<String, List<Long>> millis = new LinkedHashMap<>();
    private final Map<String, Integer> failures = new LinkedHashMap<>();

    synchronized void record(String view, long elapsedMillis, boolean failed) {
        millis.computeIfAbsent(view, v -> new ArrayList<>()).add(elapsedMillis);
        failures.merge(view, failed ? 1 : 0, Integer::sum);
    }

    synchronized String table(int users, int seconds, int thinkMillis, String baseUrl) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Samordnaren load test: %d users, %d s after the ramp, think time %d ms (mean), %s%n",
                users, seconds, thinkMillis, baseUrl));
        out.append(String.format("load average at the end: %s (%d cores)%n", loadAverage(),
                Runtime.getRuntime().availableProcessors()));
        out.append(String.format("%-28s %7s %7s %7s %7s %7s %7s%n", "view (round trip, ms)", "count", "p50", "p95", "p99",
                "max", "errors"));
        List<Long> all = new ArrayList<>();
        int allFailures = 0;
        int totalFailures = 0;
        for (Map.Entry<String, List<Long>> view : millis.entrySet()) {
            List<Long> sorted = view.getValue().stream().sorted().toList();
            int failed = failures.getOrDefault(view.getKey(), 0);
            if (!view.getKey().startsWith("sign in")) {
                all.addAll(sorted);
                allFailures += failed;
            }
            totalFailures += failed;
            out.append(row(view.getKey(), sorted, failed));
        }
        out.append(row("all views (not sign-in)", all.stream().sorted().toList(), allFailures));
        out.append(String.format("errors in all steps, sign-in included: %d%n", totalFailures));
        return out.toString();
    }

    private static String row(String name, List<Long> sorted, int failed) {
        return String.format("%-28s %7d %7d %7d %7d %7d %7d%n", name, sorted.size(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), failed);
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return String.valueOf(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
