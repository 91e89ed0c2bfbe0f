package com.example.fulfillment.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.RunningStack.Service;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * inventory-service scaled out: two processes on one database in one consumer group (RunningStack starts the second
 * on {@value RunningStack#INVENTORY_TWIN_PORT}). Each takes a share of the saga topic's partitions, so orders racing
 * for the last units are allocated by both at once, and ops may receive stock through either; stock is never
 * oversold and never counted twice.
 */
class InventoryInstancesIT {

    private static RunningStack stack;

    @BeforeAll
    static void stack() throws Exception {
        stack = RunningStack.shared();
    }

    @Test
    void bothInstancesConsumeAShareOfTheSagaTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            await().atMost(Shop.SAGA_STEP).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(Service.INVENTORY.module))
                        .all().get(10, TimeUnit.SECONDS).get(Service.INVENTORY.module);
                List<Set<TopicPartition>> shares = group.members().stream()
                        .map(MemberDescription::assignment)
                        .map(assignment -> assignment.topicPartitions().stream()
                                .filter(partition -> partition.topic().equals(stack.sagaTopic()))
                                .collect(java.util.stream.Collectors.toSet()))
                        .filter(share -> !share.isEmpty()).toList();
                assertEquals(2, shares.size(), "two inventory instances share the topic: " + group);
            });
        }
    }

    @Test
    void ordersRacingForTheLastUnitsThroughBothInstancesNeverOversell() throws Exception {
        int units = 4;
        int orders = 10;
        String sku = Shop.stockProduct("CANDLE", "home-" + Shop.unique("race"), units, "5.00", false);

        List<String> orderIds = placeAtOnce(sku, orders);
        List<String> settled = new ArrayList<>();
        for (String orderId : orderIds) {
            settled.add(await().atMost(Shop.SAGA_STEP).pollInterval(Duration.ofMillis(300))
                    .until(() -> Shop.view(orderId).getString("status"),
                            status -> status.equals("SHIPPED") || status.equals("AWAITING_STOCK")));
        }
        assertEquals(units, settled.stream().filter("SHIPPED"::equals).count(), settled.toString());
        assertEquals(orders - units, settled.stream().filter("AWAITING_STOCK"::equals).count(), settled.toString());
        await().atMost(Shop.SAGA_STEP).untilAsserted(() -> {
            for (JsonPath product : List.of(Shop.product(sku), twinProduct(sku))) {
                assertEquals(0, product.getInt("onHand"), "all " + units + " units shipped, not one more");
                assertEquals(0, product.getInt("reserved"));
            }
        });

        // the waiting customers wait; two units arrive through the other instance: exactly two more orders ship
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            if (settled.get(i).equals("AWAITING_STOCK")) {
                waiting.add(orderIds.get(i));
                Shop.chooseForShortage(orderIds.get(i), "WAIT");
            }
        }
        Identity.PAT.request().contentType(ContentType.JSON).body(Map.of("quantity", 2, "note", "through the second instance"))
                .post(RunningStack.INVENTORY_TWIN_URL + "/products/" + sku + "/stock-receipts")
                .then().statusCode(200);
        await().atMost(Shop.SAGA_STEP).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertEquals(2,
                waiting.stream().filter(id -> Shop.view(id).getString("status").equals("SHIPPED")).count()));
        await().atMost(Shop.SAGA_STEP).untilAsserted(() -> {
            JsonPath product = Shop.product(sku);
            assertEquals(0, product.getInt("onHand"));
            assertEquals(0, product.getInt("reserved"));
        });
        assertEquals(orders - units - 2,
                waiting.stream().filter(id -> Shop.view(id).getString("status").equals("AWAITING_STOCK")).count());
    }

    private static List<String> placeAtOnce(String sku, int orders) throws Exception {
        ExecutorService shop = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> placed = new ArrayList<>();
            for (int i = 0; i < orders; i++) {
                String email = Shop.unique("racer").toLowerCase() + "@example.com";
                placed.add(shop.submit(() -> Shop.place(Shop.order(email, "STANDARD", sku, 1))));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> order : placed) {
                ids.add(order.get(60, TimeUnit.SECONDS));
            }
            assertTrue(ids.stream().distinct().count() == orders);
            return ids;
        } finally {
            shop.shutdownNow();
        }
    }

    private static JsonPath twinProduct(String sku) {
        return Identity.GRACE.request().get(RunningStack.INVENTORY_TWIN_URL + "/products/" + sku).then().statusCode(200).extract()
                .jsonPath();
    }
}
