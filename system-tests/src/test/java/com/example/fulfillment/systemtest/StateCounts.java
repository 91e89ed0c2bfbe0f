package com.example.fulfillment.systemtest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.example.fulfillment.systemtest.RunningStack.Service;

/**
 * Everything the saga's events have caused, counted: orders per status, timeline steps, approvals, invoices and
 * credit notes, parcels, labels and tracking events, messages per status, stock per product, reservations and
 * movements, events processed and events published, per service. Taken before and after the services read the saga
 * topic again from its beginning: a replay handled idempotently changes none of them.
 */
final class StateCounts {

    /** Per service, queries of (what, count). */
    private static final Map<Service, List<String>> QUERIES = Map.of(
            Service.ORDER, List.of(
                    "select 'orders ' || status, count(*) from orders group by 1",
                    "select 'timeline steps', count(*) from order_timeline",
                    "select 'approvals ' || gate || ' ' || status, count(*) from approval_task group by 1",
                    "select 'documents', count(*) from order_document"),
            Service.INVENTORY, List.of(
                    "select 'product ' || sku || ' on hand', on_hand from product union all "
                            + "select 'product ' || sku || ' reserved', reserved from product",
                    "select 'reservations ' || status, count(*) from reservation group by 1",
                    "select 'stock movements ' || cause, count(*) from stock_movement group by 1",
                    "select 'stock requests ' || state, count(*) from stock_request group by 1"),
            Service.BILLING, List.of(
                    "select 'invoices ' || status, count(*) from invoice group by 1",
                    "select 'credit notes', count(*) from invoice where credit_note_number is not null"),
            Service.SHIPPING, List.of(
                    "select 'shipments ' || status, count(*) from shipment group by 1",
                    "select 'labels', count(*) from shipment where tracking_number is not null",
                    "select 'replaced labels', count(*) from shipment_earlier_label",
                    "select 'tracking events', count(*) from tracking_event"),
            Service.NOTIFICATION, List.of(
                    "select 'messages ' || channel || ' ' || status, count(*) from notification group by 1"));

    /** The bus's own tables, in every service's database. */
    private static final List<String> EVENT_BUS = List.of(
            "select 'events processed', count(*) from processed_event",
            "select 'events published', count(*) from outbox_message");

    private final Map<String, Long> counts = new TreeMap<>();

    private StateCounts() {
    }

    static StateCounts take(RunningStack stack) throws SQLException {
        StateCounts state = new StateCounts();
        for (Service service : Service.values()) {
            List<String> queries = new ArrayList<>(QUERIES.get(service));
            queries.addAll(EVENT_BUS);
            for (String query : queries) {
                for (String[] row : Queries.rows(stack, service, query)) {
                    state.counts.put(service.module + ": " + row[0], Long.valueOf(row[1]));
                }
            }
        }
        return state;
    }

    long count(String what) {
        return counts.getOrDefault(what, 0L);
    }

    /** Each count that differs, "what: before → after"; empty when nothing changed. */
    List<String> changesTo(StateCounts after) {
        Set<String> every = new TreeSet<>(counts.keySet());
        every.addAll(after.counts.keySet());
        List<String> changes = new ArrayList<>();
        for (String what : every) {
            if (count(what) != after.count(what)) {
                changes.add(what + ": " + count(what) + " → " + after.count(what));
            }
        }
        return changes;
    }

    int size() {
        return counts.size();
    }
}
