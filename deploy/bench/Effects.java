import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Nothing lost, nothing done twice, judged by what the services wrote rather than by what the benchmark saw: every
 * order of a run took the same path (one product, every gate automatic, the customer confirming), so each must have
 * announced the same events, the same number of times, in every service's outbox. An order whose events differ from
 * the run's common set was handled twice somewhere (an extra StockAllocated, a second Shipped) or not at all; with
 * two instances of each service in one consumer group this is what a rebalance or a shared relay would break.
 * Read once after the run with psql, from the outbox_message table of each service's database.
 */
final class Effects {

    static final List<String> DATABASES = List.of("order_service", "inventory_service", "billing_service",
            "shipping_service", "notification_service");

    /** orders: those compared; deviating: those whose events differ from the common set, a few shown. */
    record Verdict(int orders, int eventsPerOrder, int deviating, List<String> examples) {

        String text() {
            return deviating == 0
                    ? "  effects: all %d completed orders announced the same %d events (none twice, none missing)%n"
                            .formatted(orders, eventsPerOrder)
                    : "  effects: %d of %d completed orders differ from the common %d events: %s%n"
                            .formatted(deviating, orders, eventsPerOrder, String.join("; ", examples));
        }

        String json() {
            return "{\"orders\":%d,\"eventsPerOrder\":%d,\"deviating\":%d}".formatted(orders, eventsPerOrder,
                    deviating);
        }
    }

    /** How long a differing verdict is read again before it stands. */
    private static final int SETTLE_SECONDS = 60;

    /**
     * As {@link #of}, read again every 5 s while orders differ, for up to a minute: the customer confirms at SHIPPED,
     * so an order can be COMPLETED while its carrier's last scans (out for delivery, delivered, and what follows from
     * them) are still on their way. A lost or doubled event still differs after the minute.
     */
    static Verdict settled(Set<String> completedOrders, Instant since) {
        Verdict verdict = of(completedOrders, since);
        for (int waited = 0; verdict.deviating() > 0 && waited < SETTLE_SECONDS; waited += 5) {
            System.out.printf("  … effects: %d orders differ, their last events may be on the way; reading again in"
                    + " 5 s%n", verdict.deviating());
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return verdict;
            }
            verdict = of(completedOrders, since);
        }
        return verdict;
    }

    static Verdict of(Set<String> completedOrders, Instant since) {
        Map<String, Map<String, Integer>> eventsByOrder = new HashMap<>();
        for (String database : DATABASES) {
            String rows = Ceiling.psql(database, "select order_id, event_type, count(*) from outbox_message"
                    + " where created_at >= '" + since + "' group by order_id, event_type");
            for (String row : rows.split("\n")) {
                String[] columns = row.split("\\|");
                if (columns.length == 3 && completedOrders.contains(columns[0])) {
                    eventsByOrder.computeIfAbsent(columns[0], any -> new TreeMap<>())
                            .merge(columns[1], Integer.parseInt(columns[2].strip()), Integer::sum);
                }
            }
        }
        Map<Map<String, Integer>, Integer> shapes = new HashMap<>();
        eventsByOrder.values().forEach(shape -> shapes.merge(shape, 1, Integer::sum));
        Map<String, Integer> common = shapes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(Map.of());
        List<String> examples = new ArrayList<>();
        int deviating = 0;
        for (String order : completedOrders) {
            Map<String, Integer> shape = eventsByOrder.getOrDefault(order, Map.of());
            if (!shape.equals(common)) {
                deviating++;
                if (examples.size() < 3) {
                    examples.add(order + " " + difference(common, shape));
                }
            }
        }
        return new Verdict(completedOrders.size(), common.values().stream().mapToInt(Integer::intValue).sum(),
                deviating, examples);
    }

    private static String difference(Map<String, Integer> common, Map<String, Integer> shape) {
        Map<String, Integer> delta = new TreeMap<>();
        common.forEach((type, count) -> delta.merge(type, -count, Integer::sum));
        shape.forEach((type, count) -> delta.merge(type, count, Integer::sum));
        delta.values().removeIf(count -> count == 0);
        return delta.toString();
    }
}
