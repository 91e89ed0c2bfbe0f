import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import javax.imageio.ImageIO;

/**
 * Throughput and latency over time, second by second, so a person sees at a glance whether the system kept up:
 * above, orders accepted and completed per second; below, the p99 latency RECEIVED → SHIPPED of the orders that
 * shipped in that second. Drawn with the JDK's own Java2D: no plotting library is needed for two line charts.
 */
final class Plot {

    private static final int WIDTH = 1200;
    private static final int PANEL = 300;
    private static final int MARGIN = 60;

    static void draw(List<Report> reports, Path file) throws IOException {
        Instant origin = reports.get(0).outcome.started();
        TreeMap<Long, Integer> accepted = new TreeMap<>();
        TreeMap<Long, Integer> completed = new TreeMap<>();
        TreeMap<Long, List<Long>> shippedLatency = new TreeMap<>();
        for (Report report : reports) {
            long offset = Duration.between(origin, report.outcome.started()).toSeconds();
            report.outcome.placed().stream().filter(p -> p.orderId() != null)
                    .forEach(p -> accepted.merge(offset + (p.dueMillis() + p.answerMillis()) / 1000, 1, Integer::sum));
            for (OpenLoop.Life life : report.outcome.lives()) {
                if (life.completed() != null) {
                    completed.merge(Duration.between(origin, life.completed()).toSeconds(), 1, Integer::sum);
                }
                if (life.shipped() != null && life.received() != null) {
                    shippedLatency.computeIfAbsent(Duration.between(origin, life.shipped()).toSeconds(),
                            any -> new ArrayList<>()).add(Duration.between(life.received(), life.shipped()).toMillis());
                }
            }
        }
        long seconds = Math.max(1, Math.max(last(accepted), Math.max(last(completed), last(shippedLatency))) + 1);
        TreeMap<Long, Long> p99 = new TreeMap<>();
        shippedLatency.forEach((second, values) -> p99.put(second, Report.Percentiles.of(values).p99()));

        BufferedImage image = new BufferedImage(WIDTH, 2 * PANEL + 3 * MARGIN, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        double maxRate = Math.max(1, Math.max(max(accepted), max(completed)));
        panel(g, MARGIN, "orders per second: accepted (blue), completed (green)", seconds, maxRate, "/s");
        line(g, accepted, MARGIN, seconds, maxRate, new Color(0x1f77b4), true);
        line(g, completed, MARGIN, seconds, maxRate, new Color(0x2ca02c), true);
        double maxLatency = Math.max(1, p99.values().stream().mapToLong(Long::longValue).max().orElse(1) / 1000.0);
        int lower = 2 * MARGIN + PANEL;
        panel(g, lower, "p99 RECEIVED → SHIPPED of the orders shipping in each second (red); 2 s target (grey)",
                seconds, maxLatency, " s");
        TreeMap<Long, Double> latencySeconds = new TreeMap<>();
        p99.forEach((second, millis) -> latencySeconds.put(second, millis / 1000.0));
        if (maxLatency >= 2) {
            g.setColor(Color.GRAY);
            int y = lower + PANEL - (int) (2 / maxLatency * PANEL);
            g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
        }
        line(g, latencySeconds, lower, seconds, maxLatency, new Color(0xd62728), false);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void panel(Graphics2D g, int top, String title, long seconds, double max, String unit) {
        g.setColor(Color.BLACK);
        g.drawString(title, MARGIN, top - 10);
        g.drawRect(MARGIN, top, WIDTH - 2 * MARGIN, PANEL);
        g.drawString(String.format("%.1f%s", max, unit), 5, top + 12);
        g.drawString("0", 45, top + PANEL);
        g.drawString(seconds + " s", WIDTH - MARGIN - 30, top + PANEL + 15);
    }

    /** missingIsZero: a second without orders is 0 orders/s, but it has no latency: the line breaks there. */
    private static void line(Graphics2D g, TreeMap<Long, ? extends Number> series, int top, long seconds, double max,
            Color color, boolean missingIsZero) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        int previousX = -1;
        int previousY = -1;
        for (long second = 0; second < seconds; second++) {
            if (!missingIsZero && !series.containsKey(second)) {
                previousX = -1;
                continue;
            }
            double value = series.containsKey(second) ? series.get(second).doubleValue() : 0;
            int x = MARGIN + (int) (second * (WIDTH - 2.0 * MARGIN) / seconds);
            int y = top + PANEL - (int) (value / max * PANEL);
            if (previousX >= 0) {
                g.drawLine(previousX, previousY, x, y);
            }
            previousX = x;
            previousY = y;
        }
    }

    private static long last(TreeMap<Long, ?> series) {
        return series.isEmpty() ? 0 : series.lastKey();
    }

    private static double max(TreeMap<Long, Integer> series) {
        return series.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
