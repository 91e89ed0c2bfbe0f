import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What one rate gave: the figures, as JSON and Markdown, and the per-second series the plot draws. */
final class Report {

    record Percentiles(long p50, long p95, long p99, long max) {

        static Percentiles of(List<Long> values) {
            List<Long> sorted = new ArrayList<>(values);
            sorted.sort(null);
            if (sorted.isEmpty()) {
                return new Percentiles(0, 0, 0, 0);
            }
            return new Percentiles(at(sorted, 50), at(sorted, 95), at(sorted, 99), sorted.get(sorted.size() - 1));
        }

        private static long at(List<Long> sorted, double percent) {
            return sorted.get(Math.max(0, (int) Math.ceil(percent / 100 * sorted.size()) - 1));
        }

        String json() {
            return "{\"p50\":%d,\"p95\":%d,\"p99\":%d,\"max\":%d}".formatted(p50, p95, p99, max);
        }

        String text() {
            return "p50 %d, p95 %d, p99 %d, max %d ms".formatted(p50, p95, p99, max);
        }
    }

    final double rate;
    final int sent;
    final long accepted;
    /** Refused 503 by intake's bound (load shedding): answered, not lost. */
    final long shed;
    final int completed;
    final int stuck;
    final double acceptedPerSecond;
    final double completedPerSecond;
    final Percentiles intake;
    final Percentiles toShipped;
    final Percentiles toCompleted;
    final Map<String, Processes.Usage> cost = new LinkedHashMap<>();
    final OpenLoop.Outcome outcome;
    /** Commits and saga events the rate cost, from before its first order to after its drain (-1: not read). */
    Ceiling.Counters counted = new Ceiling.Counters(-1, -1);
    /** Whether every completed order announced the same events once (nothing lost or duplicated). */
    Effects.Verdict effects = new Effects.Verdict(0, 0, 0, List.of());
    /** The tables read by sequential scans during the run: what would make the cost grow with history. */
    List<Scans.Growing> growing = List.of();
    /** Completed orders stored before the rate began (seeded with --history, or left by earlier runs). */
    int history;

    Report(OpenLoop.Outcome outcome, Map<String, Processes.Usage> before, Map<String, Processes.Usage> after) {
        this.outcome = outcome;
        rate = outcome.rate();
        sent = outcome.offered();
        accepted = outcome.placed().stream().filter(p -> p.orderId() != null).count();
        shed = outcome.placed().stream().filter(p -> p.status() == 503).count();
        List<OpenLoop.Life> done = outcome.lives().stream().filter(life -> life.completed() != null).toList();
        completed = done.size();
        stuck = outcome.stuck();
        acceptedPerSecond = accepted / outcome.loadSeconds();
        // sustained: completions from the first to the last, per second of that span
        long first = done.stream().mapToLong(life -> life.completed().toEpochMilli()).min().orElse(0);
        long last = done.stream().mapToLong(life -> life.completed().toEpochMilli()).max().orElse(0);
        completedPerSecond = completed < 2 ? 0 : (completed - 1) * 1000.0 / Math.max(1, last - first);
        intake = Percentiles.of(outcome.placed().stream().map(OpenLoop.Placed::answerMillis).toList());
        toShipped = Percentiles.of(span(outcome.lives(), OpenLoop.Life::shipped));
        toCompleted = Percentiles.of(span(outcome.lives(), OpenLoop.Life::completed));
        after.forEach((process, usage) -> {
            Processes.Usage earlier = before.getOrDefault(process, new Processes.Usage(0, 0));
            cost.put(process, new Processes.Usage(usage.cpuSeconds() - earlier.cpuSeconds(), usage.peakRssKb()));
        });
    }

    private static List<Long> span(List<OpenLoop.Life> lives, Function<OpenLoop.Life, java.time.Instant> end) {
        return lives.stream().filter(life -> life.received() != null && end.apply(life) != null)
                .map(life -> Duration.between(life.received(), end.apply(life)).toMillis()).toList();
    }

    /**
     * RECEIVED → SHIPPED of the first, the middle and the last tenth of the accepted orders, by when they were due:
     * whether a burst's first orders finish first or wait for its last.
     */
    List<Percentiles> tenths() {
        List<OpenLoop.Life> byDue = outcome.lives().stream()
                .sorted(java.util.Comparator.comparingLong(OpenLoop.Life::dueMillis)).toList();
        int tenth = Math.max(1, byDue.size() / 10);
        int middle = Math.max(0, byDue.size() / 2 - tenth / 2);
        return List.of(Percentiles.of(span(byDue.subList(0, Math.min(tenth, byDue.size())), OpenLoop.Life::shipped)),
                Percentiles.of(span(byDue.subList(middle, Math.min(middle + tenth, byDue.size())),
                        OpenLoop.Life::shipped)),
                Percentiles.of(span(byDue.subList(Math.max(0, byDue.size() - tenth), byDue.size()),
                        OpenLoop.Life::shipped)));
    }

    double commitsPerOrder() {
        return completed == 0 || counted.commits() < 0 ? Double.NaN : (double) counted.commits() / completed;
    }

    double eventsPerOrder() {
        return completed == 0 || counted.events() < 0 ? Double.NaN : (double) counted.events() / completed;
    }

    double cpuMillisPerCompleted() {
        return completed == 0 ? 0 : cost.values().stream().mapToDouble(Processes.Usage::cpuSeconds).sum() * 1000
                / completed;
    }

    /** Kept up: everything completed, at about the rate offered, with p99 to SHIPPED under 2 s, nothing shed. */
    boolean keptUp() {
        return stuck == 0 && completed == accepted && accepted == sent && toShipped.p99 < 2000
                && completedPerSecond >= 0.9 * rate;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("with %,d completed orders stored before%n".formatted(history));
        out.append("rate %.1f/s: %d sent, %d accepted (%.1f/s), %d shed (503), %d completed (%.1f/s sustained), %d stuck%n"
                .formatted(rate, sent, accepted, acceptedPerSecond, shed, completed, completedPerSecond, stuck));
        out.append("  POST /orders from due time: ").append(intake.text()).append('\n');
        out.append("  RECEIVED → SHIPPED:   ").append(toShipped.text()).append('\n');
        out.append("  RECEIVED → COMPLETED: ").append(toCompleted.text()).append('\n');
        List<Percentiles> tenths = tenths();
        out.append("  to SHIPPED by arrival: first tenth p50 %d, middle p50 %d, last p50 %d ms (p99 %d / %d / %d)%n"
                .formatted(tenths.get(0).p50(), tenths.get(1).p50(), tenths.get(2).p50(), tenths.get(0).p99(),
                        tenths.get(1).p99(), tenths.get(2).p99()));
        out.append("  CPU per completed order: %.1f ms; %.1f database commits and %.1f saga events per order%n"
                .formatted(cpuMillisPerCompleted(), commitsPerOrder(), eventsPerOrder()));
        out.append(effects.text());
        out.append(Scans.text(growing));
        cost.forEach((process, usage) -> out.append("    %-22s %8.1f CPU s  %6.1f ms/order  peak RSS %5d MiB%n"
                .formatted(process, usage.cpuSeconds(), completed == 0 ? 0 : usage.cpuSeconds() * 1000 / completed,
                        usage.peakRssKb() / 1024)));
        return out.toString();
    }

    String json() {
        StringBuilder processes = new StringBuilder();
        cost.forEach((process, usage) -> processes.append(processes.length() == 0 ? "" : ",")
                .append("\"%s\":{\"cpuSeconds\":%.2f,\"cpuMillisPerCompleted\":%.2f,\"peakRssMiB\":%d}".formatted(
                        process, usage.cpuSeconds(), completed == 0 ? 0 : usage.cpuSeconds() * 1000 / completed,
                        usage.peakRssKb() / 1024)));
        List<Percentiles> tenths = tenths();
        return ("{\"rate\":%.2f,\"sent\":%d,\"accepted\":%d,\"shed\":%d,\"completed\":%d,\"stuck\":%d,\"acceptedPerSecond\":%.2f,"
                + "\"completedPerSecond\":%.2f,\"intakeMillis\":%s,\"receivedToShippedMillis\":%s,"
                + "\"receivedToCompletedMillis\":%s,\"cpuMillisPerCompleted\":%.2f,\"commitsPerOrder\":%s,"
                + "\"eventsPerOrder\":%s,\"toShippedByArrival\":{\"firstTenth\":%s,\"middleTenth\":%s,"
                + "\"lastTenth\":%s},\"history\":%d,\"effects\":%s,\"growingReads\":%s,\"keptUp\":%s,\"processes\":{%s}}")
                .formatted(rate, sent, accepted, shed, completed, stuck, acceptedPerSecond, completedPerSecond, intake.json(),
                        toShipped.json(), toCompleted.json(), cpuMillisPerCompleted(), number(commitsPerOrder()),
                        number(eventsPerOrder()), tenths.get(0).json(), tenths.get(1).json(), tenths.get(2).json(),
                        history, effects.json(), Scans.json(growing), keptUp(), processes);
    }

    static String number(double value) {
        return Double.isNaN(value) ? "null" : "%.2f".formatted(value);
    }

    static void write(Path folder, List<Report> reports, String headline, Ceiling.Verdict ceiling) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("results.json"), "{\"headline\":\"" + headline + "\",\"ceiling\":"
                + (ceiling == null ? "null" : ceiling.json()) + ",\"rates\":["
                + String.join(",", reports.stream().map(Report::json).toList()) + "]}\n");
        StringBuilder md = new StringBuilder("# Benchmark results\n\n" + headline + "\n\n");
        if (ceiling != null) {
            md.append(ceiling.text().replace("\n", "\n\n")).append('\n');
        }
        md.append("| rate offered | accepted/s | completed/s | stuck | POST p99 | to SHIPPED p50 / p99 | to COMPLETED p50 / p99 "
                + "| CPU per order |\n|---|---|---|---|---|---|---|---|\n");
        for (Report r : reports) {
            md.append("| %.1f/s | %.1f | %.1f | %d | %d ms | %d / %d ms | %d / %d ms | %.1f ms |%n".formatted(r.rate,
                    r.acceptedPerSecond, r.completedPerSecond, r.stuck, r.intake.p99, r.toShipped.p50, r.toShipped.p99,
                    r.toCompleted.p50, r.toCompleted.p99, r.cpuMillisPerCompleted()));
        }
        md.append("\n```\n");
        reports.forEach(r -> md.append(r.text()));
        md.append("```\n\n![throughput and latency over time](plot.png)\n");
        Files.writeString(folder.resolve("results.md"), md);
        Plot.draw(reports, folder.resolve("plot.png"));
    }
}
