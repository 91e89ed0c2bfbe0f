import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The saga under an open-loop load, on the stack of `deploy/stack.sh up` (every gate automatic, its default):
 *
 *   deploy/bench.sh [--rate 5] [--duration 60] [--sweep 2,4,6,8,10,15] [--patience 60] [--out deploy/bench/results]
 *                   [--ceiling off] [--history 100000] [--intake-urls http://localhost:8081,http://localhost:8281]
 *   deploy/bench.sh --burst 40 --duration 30 [--patience 120]
 *
 * One rate, or a sweep of rising rates that stops at the first one not kept up, or a burst: one rate far above what
 * the saga sustains, judged by the latency of its first, middle and last tenth (do the first finish first?). Prints a progress line while it
 * runs, then per rate intake (accepted/s, POST latency from the due time), completed/s sustained, RECEIVED →
 * SHIPPED and RECEIVED → COMPLETED from the server's timelines, CPU per completed order for each process (services,
 * Kafka, Keycloak, PostgreSQL) and their peak RSS, and how many were stuck (it exits 1 if any order is lost).
 * After the loads, the ceiling ({@link Ceiling}): PostgreSQL's commit rate and Kafka's producer rate on this machine,
 * divided by the commits and events one order cost, and the share of it the saga reached (--ceiling off skips it).
 * Writes results.json, results.md and plot.png into a folder of its own under --out.
 */
public class Benchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Api api = new Api(options.getOrDefault("order-url", "http://localhost:8081"),
                Arrays.stream(options.getOrDefault("intake-urls", "").split(",")).filter(url -> !url.isBlank())
                        .toList(),
                System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:8180"));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "60")));
        Duration patience = Duration.ofSeconds(Long.parseLong(options.getOrDefault("patience", "60")));
        boolean burst = options.containsKey("burst");
        List<Double> rates = Arrays.stream(options.getOrDefault("sweep", options.getOrDefault("burst",
                options.getOrDefault("rate", "5"))).split(","))
                .map(Double::parseDouble).toList();
        api.renewTokens();
        if (options.containsKey("history")) {
            long seeding = System.nanoTime();
            int stored = History.seed(Integer.parseInt(options.get("history")));
            Progress.done();
            System.out.printf("benchmark: %d completed orders stored before the run (seeded in %.0f s)%n", stored,
                    (System.nanoTime() - seeding) / 1e9);
        }
        String sku = stock(api, rates, duration);
        OpenLoop loop = new OpenLoop(api, sku);
        List<Report> reports = new ArrayList<>();
        for (double rate : rates) {
            api.renewTokens();
            System.out.printf("benchmark: %.1f orders/s for %d s (sku %s)%n", rate, duration.toSeconds(), sku);
            Ceiling.Counters counted = Ceiling.counters();
            Map<String, Processes.Usage> before = Processes.sample();
            int history = History.completedOrders(); // before the scans are counted: it reads the whole table
            Scans.Sample scansBefore = Scans.sample();
            OpenLoop.Outcome outcome = loop.run(rate, duration, patience);
            Report report = new Report(outcome, before, Processes.sample());
            report.counted = Ceiling.counters().minus(counted);
            report.history = history;
            report.growing = Scans.growing(scansBefore, Scans.sample(), report.completed);
            report.effects = Effects.settled(outcome.lives().stream().filter(life -> life.completed() != null)
                    .map(OpenLoop.Life::orderId).collect(java.util.stream.Collectors.toSet()), outcome.started());
            reports.add(report);
            System.out.print(report.text());
            if (!report.keptUp() && rates.size() > 1) {
                System.out.printf("benchmark: %.1f/s was not kept up: the sweep stops here%n", rate);
                break;
            }
        }
        String headline = burst ? burstHeadline(reports.get(0)) : headline(reports);
        Ceiling.Verdict ceiling = null;
        if (!"off".equals(options.get("ceiling"))) {
            System.out.println("benchmark: the ceiling: pgbench and Kafka's ProducerPerformance, about 40 s ...");
            Report basis = reports.stream().filter(Report::keptUp).reduce((first, second) -> second)
                    .orElse(reports.get(reports.size() - 1));
            ceiling = new Ceiling.Verdict(Ceiling.measure(), basis.commitsPerOrder(), basis.eventsPerOrder(),
                    basis.completedPerSecond);
            System.out.print(ceiling.text());
        }
        Path folder = Path.of(options.getOrDefault("out", "deploy/bench/results"))
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Report.write(folder, reports, headline, ceiling);
        System.out.println("benchmark: " + headline);
        System.out.println("benchmark: results in " + folder + " (results.json, results.md, plot.png)");
        // an order shed with 503 was answered (the shop sends it again later); one neither accepted nor shed is lost
        boolean lost = reports.stream().anyMatch(report -> report.stuck > 0
                || report.accepted + report.shed < report.sent || report.effects.deviating() > 0);
        System.exit(lost ? 1 : 0);
    }

    static String headline(List<Report> reports) {
        return reports.stream().filter(Report::keptUp).reduce((first, second) -> second)
                .map(best -> ("headline: %.1f completed orders/s sustained (offered %.1f/s) with p99 RECEIVED → "
                        + "SHIPPED %d ms, %.1f ms CPU per order").formatted(best.completedPerSecond, best.rate,
                                best.toShipped.p99(), best.cpuMillisPerCompleted()))
                .orElse("headline: no rate tried was kept up (p99 to SHIPPED under 2 s, nothing stuck)");
    }

    /** A burst is judged by whether its first orders finished first, not by whether the saga kept up with it. */
    static String burstHeadline(Report burst) {
        List<Report.Percentiles> tenths = burst.tenths();
        return ("burst: %d orders due at %.0f/s, %d accepted, %d shed; RECEIVED → SHIPPED p50 of the first tenth %d ms,"
                + " of the middle %d ms, of the last %d ms; all shipped after %d ms").formatted(burst.sent, burst.rate,
                        burst.accepted, burst.shed, tenths.get(0).p50(), tenths.get(1).p50(), tenths.get(2).p50(),
                        burst.toShipped.max());
    }

    /** A fresh product with stock for every order the run can place, and its price. */
    private static String stock(Api api, List<Double> rates, Duration duration) throws Exception {
        String sku = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long units = Math.min(1_000_000, (long) (rates.stream().mapToDouble(Double::doubleValue).sum()
                * duration.toSeconds()) + 100);
        require(api.asOps("PUT", api.inventoryUrl + "/products/" + sku, """
                {"name":"Benchmark mug","category":"bench","onHand":%d,"weightGrams":300,"lengthMm":100,\
                "widthMm":100,"heightMm":100,"fragile":false}""".formatted(units)), "stock the product");
        require(api.asOps("PUT", api.billingUrl + "/prices/" + sku, "{\"unitPrice\":9.90}"), "price the product");
        return sku;
    }

    private static void require(Api.Answer answer, String what) {
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("could not " + what + ": " + answer.status() + " " + answer.body());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
