package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The world after the warehouse, for the chaos test's orders: the carrier, which reports each shipped parcel in
 * transit and then delivered through shipping-service's signed webhook, and the customer, who confirms a delivered
 * order in good condition. Both act on what order-service lists as SHIPPED or DELIVERED, once a second, and try
 * again next time when the platform does not answer or answers other than 2xx: the carrier with the very same
 * update (same event id, same body), as a carrier's retry would.
 */
final class Deliveries implements AutoCloseable {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final int PAGE = 100;

    /** What the carrier has to say about one parcel, and how far it got saying it. */
    private static final class Parcel {
        final String carrier;
        final List<String> updates = new ArrayList<>();
        int acknowledged;
        boolean confirmedByCustomer;

        Parcel(String carrier, String trackingNumber) {
            this.carrier = carrier;
            updates.add(Carriers.plainBody(trackingNumber, "IN_TRANSIT", "Departed hub", "Leipzig", null));
            updates.add(Carriers.plainBody(trackingNumber, "DELIVERED", "Delivered to recipient", "Berlin", null));
        }
    }

    private final String orderUrl;
    private final String shippingUrl;
    private final Supplier<Set<String>> ours;
    private final Http http = new Http(ANSWER_TIMEOUT, Identity.SHOP);
    private final Map<String, Parcel> parcels = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService world = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "chaos-carrier-and-customer");
        thread.setDaemon(true);
        return thread;
    });

    /** ours: the ids of the orders this test placed (other orders in the lists are left alone). */
    Deliveries(String orderUrl, String shippingUrl, Supplier<Set<String>> ours) {
        this.orderUrl = orderUrl;
        this.shippingUrl = shippingUrl;
        this.ours = ours;
    }

    void start() {
        world.scheduleWithFixedDelay(this::round, 1, 1, TimeUnit.SECONDS);
    }

    /** How the platform answered the carrier's webhooks and the customers' confirmations, e.g. {"webhook 202": 340}. */
    Map<String, Long> answers() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        answers.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    private void round() {
        try {
            Set<String> placed = ours.get();
            for (String id : listed("SHIPPED")) {
                if (placed.contains(id)) {
                    carry(id);
                }
            }
            for (String id : listed("DELIVERED")) {
                if (placed.contains(id)) {
                    confirm(id);
                }
            }
        } catch (IOException | RuntimeException e) {
            count("round cut short (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The ids order-service lists with this status; empty when it does not answer. */
    private List<String> listed(String status) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int page = 0;; page++) {
            Http.Answer answer = http.get(orderUrl + "/orders?status=" + status + "&size=" + PAGE + "&page=" + page);
            if (!answer.ok()) {
                count("order list " + answer.status());
                return ids;
            }
            JsonNode items = answer.json().get("items");
            items.forEach(item -> ids.add(item.get("id").asText()));
            if (items.size() < PAGE) {
                return ids;
            }
        }
    }

    private void carry(String orderId) throws IOException, InterruptedException {
        Parcel parcel = parcels.get(orderId);
        if (parcel == null) {
            Http.Answer order = http.get(orderUrl + "/orders/" + orderId);
            if (!order.ok()) {
                count("order " + order.status());
                return;
            }
            parcel = new Parcel(order.json().get("carrier").asText(), order.json().get("trackingNumber").asText());
            parcels.put(orderId, parcel);
        }
        while (parcel.acknowledged < parcel.updates.size()) {
            String body = parcel.updates.get(parcel.acknowledged);
            Http.Answer answer = http.post(shippingUrl + "/carriers/" + parcel.carrier + "/webhooks", body,
                    Carriers.PLAIN_SIGNATURE_HEADER, Carriers.plainSignature(parcel.carrier, body));
            count("webhook " + answer.status());
            if (!answer.ok()) {
                return;
            }
            parcel.acknowledged++;
        }
    }

    /** A 409 means the order is no longer DELIVERED: an earlier confirmation, whose answer was lost, took. */
    private void confirm(String orderId) throws IOException, InterruptedException {
        Parcel parcel = parcels.get(orderId);
        if (parcel != null && parcel.confirmedByCustomer) {
            return;
        }
        Http.Answer answer = http.post(orderUrl + "/orders/" + orderId + "/delivery-confirmation",
                Http.json(Map.of("condition", "GOOD", "comment", "arrived whole despite the chaos")));
        count("confirmation " + answer.status());
        if ((answer.ok() || answer.status() == 409) && parcel != null) {
            parcel.confirmedByCustomer = true;
        }
    }

    private void count(String kind) {
        answers.computeIfAbsent(kind, key -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void close() {
        world.shutdownNow();
    }
}
