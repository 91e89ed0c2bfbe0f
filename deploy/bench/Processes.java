import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The stack's processes as /proc shows them: CPU seconds so far (user + system) and peak resident memory, per
 * service, the broker, Keycloak and PostgreSQL (all its processes together). Read before and after a run, so that
 * the difference is what the run cost; reading /proc costs the stack nothing.
 */
final class Processes {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    record Usage(double cpuSeconds, long peakRssKb) {
    }

    static Map<String, Usage> sample() {
        Map<String, double[]> cpu = new TreeMap<>();
        Map<String, Long> rss = new TreeMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.filter(entry -> entry.getFileName().toString().matches("\\d+")).forEach(proc -> {
                try {
                    String label = labelOf(proc);
                    if (label == null) {
                        return;
                    }
                    String stat = Files.readString(proc.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                    cpu.computeIfAbsent(label, any -> new double[1])[0] += seconds;
                    long hwm = Files.readAllLines(proc.resolve("status")).stream()
                            .filter(line -> line.startsWith("VmHWM:")).map(line -> line.replaceAll("\\D", ""))
                            .mapToLong(Long::parseLong).findFirst().orElse(0);
                    rss.merge(label, hwm, Math::max);
                } catch (IOException | RuntimeException gone) {
                    // the process ended while it was read
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        Map<String, Usage> usage = new TreeMap<>();
        cpu.forEach((label, seconds) -> usage.put(label, new Usage(seconds[0], rss.getOrDefault(label, 0L))));
        return usage;
    }

    private static String labelOf(Path proc) throws IOException {
        String comm = Files.readString(proc.resolve("comm")).strip();
        if (comm.equals("postgres")) {
            return "postgresql";
        }
        String command = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
        if (!command.contains("java")) {
            return null;
        }
        var service = java.util.regex.Pattern.compile("([a-z]+-service)/target/quarkus-app").matcher(command);
        if (service.find()) {
            return service.group(1);
        }
        if (command.contains("kafka.Kafka")) {
            return "kafka";
        }
        return command.contains("keycloak") ? "keycloak" : null;
    }
}
