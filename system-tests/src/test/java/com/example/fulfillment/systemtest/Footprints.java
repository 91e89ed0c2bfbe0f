package com.example.fulfillment.systemtest;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.example.fulfillment.systemtest.RunningStack.Service;

/**
 * What each order left in the five services' databases, counted by kind: its timeline steps, its invoice, its labels,
 * its messages by channel, kind and status, and its stock movements per order line. An order placed and completed in
 * calm gives the counts every order of the same shape must have; an order that has more of one is a duplicate, fewer
 * a loss. Read from the databases, not the APIs, since an API shows one invoice per order whatever the table holds.
 */
final class Footprints {

    /** Per service, a query of (order id, kind, count). */
    private static final Map<Service, List<String>> QUERIES = Map.of(
            Service.ORDER, List.of(
                    "select order_id, 'timeline step \"' || step || '\"', count(*) from order_timeline group by 1, 2"),
            Service.BILLING, List.of(
                    "select order_id, 'invoice', count(*) from invoice group by 1",
                    "select order_id, 'credit note', count(*) from invoice where credit_note_number is not null group by 1"),
            Service.SHIPPING, List.of(
                    "select order_id, 'label', count(*) from shipment where tracking_number is not null group by 1",
                    "select order_id, 'replaced label', count(*) from shipment_earlier_label group by 1"),
            Service.NOTIFICATION, List.of(
                    "select order_id, 'message ' || channel || ' ' || kind || ' ' || status, count(*) from notification "
                            + "group by 1, 2"),
            Service.INVENTORY, List.of(
                    "select order_id, 'stock movement ' || cause || ' per line', max(times) from (select order_id, sku, "
                            + "cause, count(*) times from stock_movement where order_id is not null group by 1, 2, 3) "
                            + "per_line group by 1, 2",
                    "select order_id, 'reservation ' || status || ' per line', max(times) from (select order_id, sku, "
                            + "status, count(*) times from reservation group by 1, 2, 3) per_line group by 1, 2"));

    private final Map<String, Map<String, Integer>> byOrder = new HashMap<>();

    private Footprints() {
    }

    static Footprints read(RunningStack stack) throws SQLException {
        Footprints footprints = new Footprints();
        for (Map.Entry<Service, List<String>> service : QUERIES.entrySet()) {
            for (String query : service.getValue()) {
                for (String[] row : Queries.rows(stack, service.getKey(), query)) {
                    footprints.byOrder.computeIfAbsent(row[0], id -> new TreeMap<>()).put(row[1], Integer.valueOf(row[2]));
                }
            }
        }
        return footprints;
    }

    /** The order's counts by kind; empty for an order no service stored anything of. */
    Map<String, Integer> of(String orderId) {
        return byOrder.getOrDefault(orderId, Map.of());
    }

    /** How the order's counts differ from the calm order's, kind by kind. */
    record Difference(Map<String, Integer> more, Map<String, Integer> fewer, Map<String, Integer> unknown) {

        /** Times a kind the calm order has once or more happened more often here. */
        int duplicates() {
            return more.values().stream().mapToInt(Integer::intValue).sum();
        }

        int missing() {
            return fewer.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static Difference compare(Map<String, Integer> calm, Map<String, Integer> order) {
        Map<String, Integer> more = new TreeMap<>();
        Map<String, Integer> fewer = new TreeMap<>();
        Map<String, Integer> unknown = new TreeMap<>();
        order.forEach((kind, count) -> {
            int expected = calm.getOrDefault(kind, 0);
            if (expected == 0) {
                unknown.put(kind, count);
            } else if (count > expected) {
                more.put(kind, count - expected);
            }
        });
        calm.forEach((kind, expected) -> {
            int count = order.getOrDefault(kind, 0);
            if (count < expected) {
                fewer.put(kind, expected - count);
            }
        });
        return new Difference(more, fewer, unknown);
    }
}
