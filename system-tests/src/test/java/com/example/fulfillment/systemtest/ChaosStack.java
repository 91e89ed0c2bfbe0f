package com.example.fulfillment.systemtest;

import static com.example.fulfillment.systemtest.Faults.say;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.example.fulfillment.systemtest.OrderStream.ShopOrder;
import com.example.fulfillment.systemtest.RunningStack.Service;

/**
 * The chaos tests' stack: the five services ({@link RunningStack}) on infrastructure of their own
 * ({@link ChaosInfrastructure}), every gate on automatic, a few products stocked for a long run; started by the first
 * chaos test that asks and stopped when the JVM ends, as the shared stack of the other system tests is. With the
 * questions the chaos tests ask of it: where the orders stand, whether anything still moves.
 */
final class ChaosStack {

    /** The services' default topic: the chaos broker is a fresh one of its own, so no run's topic is needed. */
    static final String SAGA_TOPIC = "fulfillment.saga-events";
    private static final int PRODUCTS = 4;
    private static final int STOCK_PER_PRODUCT = 100_000;
    private static final Duration CALM_ORDER_AT_MOST = Duration.ofSeconds(120);
    private static final Duration QUIET_AT_MOST = Duration.ofSeconds(180);

    private static ChaosStack shared;

    final ChaosInfrastructure infrastructure;
    final RunningStack services;
    /** Each product's stock when it was created: what was received. */
    final Map<String, Integer> stocked = new LinkedHashMap<>();

    private ChaosStack(ChaosInfrastructure infrastructure, RunningStack services) {
        this.infrastructure = infrastructure;
        this.services = services;
    }

    static synchronized ChaosStack shared() throws Exception {
        if (shared == null) {
            ChaosInfrastructure infrastructure = ChaosInfrastructure.start();
            RunningStack services;
            try {
                services = RunningStack.start(infrastructure.placement(), ChaosInfrastructure.SMTP_PORT,
                        settings(infrastructure));
            } catch (Exception | AssertionError e) {
                infrastructure.close();
                throw e;
            }
            // the services first, while the broker and the database they shut down against are still there
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                services.close();
                infrastructure.close();
            }, "chaos-stack-shutdown"));
            shared = new ChaosStack(infrastructure, services);
            shared.stockProducts();
            try (ConsumerGroups broker = shared.consumerGroups()) {
                say("broker: auto.create.topics.enable=" + broker.brokerSetting("auto.create.topics.enable")
                        + ", topics: " + broker.topics());
            }
        }
        return shared;
    }

    /** Every gate automatic; the secrets of the other system tests; the chaos SMS gateway. */
    private static Map<String, String> settings(ChaosInfrastructure infrastructure) {
        Map<String, String> settings = new TreeMap<>(Map.of("approvals.order-verification.policy", "AUTOMATIC",
                "approvals.shipment-details.policy", "AUTOMATIC", "approvals.tracking-confirmation.policy", "AUTOMATIC",
                "sms.gateway.url", infrastructure.smsGatewayUrl()));
        RunningStack.SETTINGS.forEach((key, value) -> {
            // the chaos carrier posts the contract carriers' webhooks, as the other system tests do
            if (key.startsWith("shipping.webhooks.") || key.equals("sms.gateway.api-key")
                    || key.startsWith("fulfillment.ops-console.") || key.equals("fulfillment.shipping.labels-from")) {
                settings.put(key, value);
            }
        });
        return settings;
    }

    private void stockProducts() throws Exception {
        Http http = new Http(Duration.ofSeconds(30), Identity.GRACE);
        for (int i = 1; i <= PRODUCTS; i++) {
            String sku = Shop.unique("CHAOS" + i);
            Http.Answer product = http.put(url(Service.INVENTORY) + "/products/" + sku, Http.json(Map.of(
                    "name", "Chaos product " + i, "category", "chaos", "onHand", STOCK_PER_PRODUCT,
                    "weightGrams", 300 + 100 * i, "lengthMm", 200, "widthMm", 150, "heightMm", 100, "fragile", i == 1)));
            Http.Answer price = http.put(url(Service.BILLING) + "/prices/" + sku,
                    Http.json(Map.of("unitPrice", new java.math.BigDecimal(5 * i + ".90"))));
            assertTrue(product.ok() && price.ok(), "stocking " + sku + ": " + product + "; " + price);
            stocked.put(sku, STOCK_PER_PRODUCT);
        }
    }

    String url(Service service) {
        return services.url(service);
    }

    OrderStream orderStream(double ordersPerSecond) {
        return new OrderStream(url(Service.ORDER), List.copyOf(stocked.keySet()), ordersPerSecond);
    }

    /** The carrier and the customers of the shop's orders. */
    Deliveries deliveries(OrderStream shop) {
        return new Deliveries(url(Service.ORDER), url(Service.SHIPPING), () -> ids(shop));
    }

    ConsumerGroups consumerGroups() {
        return new ConsumerGroups(infrastructure.kafkaBootstrapServers(), SAGA_TOPIC);
    }

    static Set<String> ids(OrderStream shop) {
        return shop.orders().stream().map(order -> order.id).filter(id -> id != null).collect(Collectors.toSet());
    }

    /** How many orders order-service has in each status. */
    Map<String, Long> statuses() throws SQLException {
        Map<String, Long> statuses = new TreeMap<>();
        for (String[] row : Queries.rows(services, Service.ORDER, "select status, count(*) from orders group by 1")) {
            statuses.put(row[0], Long.valueOf(row[1]));
        }
        return statuses;
    }

    void awaitCompleted(ShopOrder order) throws Exception {
        long deadline = System.nanoTime() + CALM_ORDER_AT_MOST.toNanos();
        String status = null;
        while (System.nanoTime() < deadline) {
            if (order.id != null) {
                status = statusOf(order.id);
                if ("COMPLETED".equals(status)) {
                    return;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("an order placed in calm did not complete within " + CALM_ORDER_AT_MOST.toSeconds()
                + " s: " + (order.id == null ? "not taken (" + order.refusal + ")" : order.id + " is " + status));
    }

    /**
     * Until nothing moves any more, seen twice in a row: every consumer group has read the whole saga topic, the
     * outboxes are empty and no message waits to be sent.
     */
    void awaitQuiet() throws Exception {
        List<String> groups = Arrays.stream(Service.values()).map(service -> service.module).toList();
        long deadline = System.nanoTime() + QUIET_AT_MOST.toNanos();
        int quietLooks = 0;
        String noise = "";
        try (ConsumerGroups broker = consumerGroups()) {
            while (quietLooks < 2) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("still moving after " + QUIET_AT_MOST.toSeconds() + " s: " + noise);
                }
                Thread.sleep(2000);
                long lag = broker.lag(groups);
                long unpublished = 0;
                for (Service service : Service.values()) {
                    unpublished += Queries.number(services, service,
                            "select count(*) from outbox_message where published_at is null");
                }
                long waiting = pendingMessages();
                noise = "consumer lag " + lag + ", outbox rows unpublished " + unpublished + ", messages pending "
                        + waiting;
                quietLooks = lag == 0 && unpublished == 0 && waiting == 0 ? quietLooks + 1 : 0;
            }
        }
    }

    /** Messages notification-service has yet to send (or to try again). */
    long pendingMessages() throws SQLException {
        return Queries.number(services, Service.NOTIFICATION,
                "select count(*) from notification where status = 'PENDING'");
    }

    private String statusOf(String orderId) throws SQLException {
        List<String[]> row = Queries.rows(services, Service.ORDER, "select status from orders where id = ?", orderId);
        return row.isEmpty() ? null : row.get(0)[0];
    }
}
