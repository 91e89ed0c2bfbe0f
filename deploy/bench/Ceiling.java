import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the machine could do at most, measured in the same run as the saga: PostgreSQL's commit rate (pgbench, one
 * single-row insert per transaction, as many clients as the services hold connections) and Kafka's producer rate
 * (Apache Kafka's own ProducerPerformance, acks=all, records the size of a saga envelope). Divided by the commits and
 * events one order costs (counted by {@link #counters}: pg_stat_database's commits of every database and the saga
 * topic's end offsets, read before and after each rate), they give the orders per second that each would allow.
 * <p>
 * The tools come with the stack: pgbench with the machine's PostgreSQL client, ProducerPerformance and GetOffsetShell
 * in the jars deploy/infra.sh fetched for the broker. A tool that is missing is reported, not invented.
 */
final class Ceiling {

    static final String PG_HOST = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    static final String PG_PORT = System.getenv().getOrDefault("PGPORT", "5432");
    static final String KAFKA = System.getenv().getOrDefault("KAFKA_BOOTSTRAP", "127.0.0.1:9092");
    static final String SAGA_TOPIC = "fulfillment.saga-events";
    static final Path KAFKA_LIBS = Path.of(".run/kafka/libs");

    /** Commits of every database and records on the saga topic so far; -1 where it could not be read. */
    record Counters(long commits, long events) {

        Counters minus(Counters earlier) {
            return new Counters(commits < 0 || earlier.commits < 0 ? -1 : commits - earlier.commits,
                    events < 0 || earlier.events < 0 ? -1 : events - earlier.events);
        }
    }

    /** Commits/s and producer records/s at most; NaN where the tool was not there; why, for the report. */
    record Limits(double commitsPerSecond, double eventsPerSecond, int recordBytes, String notes) {
    }

    /** The limits set against what one order costs, and how much of the lower one the saga reached. */
    record Verdict(Limits limits, double commitsPerOrder, double eventsPerOrder, double reached) {

        double ordersByCommits() {
            return limits.commitsPerSecond() / commitsPerOrder;
        }

        double ordersByEvents() {
            return limits.eventsPerSecond() / eventsPerOrder;
        }

        double ceiling() {
            double byCommits = ordersByCommits();
            double byEvents = ordersByEvents();
            return Double.isNaN(byCommits) ? byEvents : Double.isNaN(byEvents) ? byCommits : Math.min(byCommits, byEvents);
        }

        String text() {
            String bound = ceiling() == ordersByCommits() ? "PostgreSQL's commits" : "Kafka's producer";
            return ("ceiling: PostgreSQL %.0f commits/s (pgbench, one-row insert, 8 clients) / %.1f commits per order"
                    + " = %.0f orders/s%n"
                    + "ceiling: Kafka %.0f records/s of %d bytes (ProducerPerformance, acks=all) / %.1f events per order"
                    + " = %.0f orders/s%n"
                    + "ceiling: %.1f completed orders/s is %.1f%% of the lower, %.0f orders/s (%s)%s%n").formatted(
                            limits.commitsPerSecond(), commitsPerOrder, ordersByCommits(), limits.eventsPerSecond(),
                            limits.recordBytes(), eventsPerOrder, ordersByEvents(), reached, 100 * reached / ceiling(),
                            ceiling(), bound, limits.notes().isEmpty() ? "" : "; " + limits.notes());
        }

        String json() {
            return ("{\"commitsPerSecond\":%s,\"producerRecordsPerSecond\":%s,\"recordBytes\":%d,"
                    + "\"commitsPerOrder\":%s,\"eventsPerOrder\":%s,\"ordersPerSecondByCommits\":%s,"
                    + "\"ordersPerSecondByEvents\":%s,\"reachedPerSecond\":%.2f,\"fractionOfCeiling\":%s}").formatted(
                            Report.number(limits.commitsPerSecond()), Report.number(limits.eventsPerSecond()),
                            limits.recordBytes(), Report.number(commitsPerOrder), Report.number(eventsPerOrder),
                            Report.number(ordersByCommits()), Report.number(ordersByEvents()), reached,
                            Report.number(reached / ceiling()));
        }
    }

    static Counters counters() {
        return new Counters(commits(), topicEnd());
    }

    /** A query's rows, unaligned with | between columns; empty if psql could not run it. */
    static String psql(String database, String sql) {
        String out = run(List.of("psql", "-h", PG_HOST, "-p", PG_PORT, "-U", "postgres", "-d", database, "-Atc", sql),
                60);
        return out == null ? "" : out;
    }

    private static long commits() {
        String out = run(List.of("psql", "-h", PG_HOST, "-p", PG_PORT, "-U", "postgres", "-d", "postgres", "-Atc",
                "select sum(xact_commit) from pg_stat_database"), 30);
        return out == null ? -1 : Long.parseLong(out.strip());
    }

    private static long topicEnd() {
        String out = kafkaTool("org.apache.kafka.tools.GetOffsetShell", List.of("--bootstrap-server", KAFKA,
                "--topic", SAGA_TOPIC), 60);
        if (out == null) {
            return -1;
        }
        long sum = 0;
        for (String line : out.split("\n")) {
            String[] parts = line.strip().split(":");
            if (parts.length == 3 && parts[0].equals(SAGA_TOPIC)) {
                sum += Long.parseLong(parts[2]);
            }
        }
        return sum;
    }

    /** Both tools, one after the other, with the saga idle: about 40 s. */
    static Limits measure() {
        List<String> notes = new ArrayList<>();
        int recordBytes = envelopeBytes();
        double commits = pgbench(notes);
        double events = producer(recordBytes, notes);
        return new Limits(commits, events, recordBytes, String.join("; ", notes));
    }

    private static double pgbench(List<String> notes) {
        String database = "bench_ceiling";
        run(List.of("psql", "-h", PG_HOST, "-p", PG_PORT, "-U", "postgres", "-d", "postgres", "-c",
                "create database " + database), 30); // exists after the first run: the error is expected then
        String ddl = run(List.of("psql", "-h", PG_HOST, "-p", PG_PORT, "-U", "postgres", "-d", database, "-c",
                "create table if not exists one_row (id bigserial primary key, body text not null)"), 30);
        if (ddl == null) {
            notes.add("pgbench not run: database " + database + " could not be prepared");
            return Double.NaN;
        }
        try {
            Path script = Files.createTempFile("one-row-insert", ".sql");
            Files.writeString(script, "insert into one_row (body) values ('an event of about the size of ours');\n");
            // 8 clients: about what the five services' pools hold busy under load; -n: no vacuum of pgbench's tables
            String out = run(List.of("pgbench", "-h", PG_HOST, "-p", PG_PORT, "-U", "postgres", "-n", "-c", "8",
                    "-j", "2", "-T", "15", "-f", script.toString(), database), 60);
            Files.deleteIfExists(script);
            Matcher tps = out == null ? null : Pattern.compile("tps = ([\\d.]+)").matcher(out);
            if (tps == null || !tps.find()) {
                notes.add("pgbench did not run (is it installed? Debian: postgresql-client)");
                return Double.NaN;
            }
            run(List.of("psql", "-h", PG_HOST, "-p", PG_PORT, "-U", "postgres", "-d", database, "-c",
                    "truncate one_row"), 30);
            return Double.parseDouble(tps.group(1));
        } catch (IOException e) {
            notes.add("pgbench not run: " + e.getMessage());
            return Double.NaN;
        }
    }

    private static double producer(int recordBytes, List<String> notes) {
        String topic = "bench-ceiling";
        kafkaTool("org.apache.kafka.tools.TopicCommand", List.of("--bootstrap-server", KAFKA, "--create", "--if-not-exists",
                "--topic", topic, "--partitions", "3", "--replication-factor", "1"), 60);
        String out = kafkaTool("org.apache.kafka.tools.ProducerPerformance", List.of("--topic", topic,
                "--num-records", "500000", "--record-size", String.valueOf(recordBytes), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + KAFKA, "acks=all"), 180);
        Matcher rate = out == null ? null : Pattern.compile("records sent, ([\\d.]+) records/sec").matcher(out);
        double last = Double.NaN;
        while (rate != null && rate.find()) {
            last = Double.parseDouble(rate.group(1)); // the last line is the whole run's
        }
        if (Double.isNaN(last)) {
            notes.add("ProducerPerformance did not run (the broker's jars are in " + KAFKA_LIBS + ")");
        }
        return last;
    }

    /** The average saga envelope, from order-service's outbox; 1 KiB when there is none. */
    private static int envelopeBytes() {
        String out = run(List.of("psql", "-h", PG_HOST, "-p", PG_PORT, "-U", "postgres", "-d", "order_service",
                "-Atc", "select coalesce(avg(octet_length(envelope))::int, 1024) from outbox_message"), 30);
        return out == null || out.isBlank() ? 1024 : Integer.parseInt(out.strip());
    }

    private static String kafkaTool(String mainClass, List<String> args, int timeoutSeconds) {
        if (!Files.isDirectory(KAFKA_LIBS)) {
            return null;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", KAFKA_LIBS + "/*", mainClass));
        command.addAll(args);
        return run(command, timeoutSeconds);
    }

    /** The command's output, or null if it could not run or failed. */
    private static String run(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? new String(output.join(), StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
