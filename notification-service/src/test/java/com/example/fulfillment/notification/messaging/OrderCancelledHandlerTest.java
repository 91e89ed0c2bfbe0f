package com.example.fulfillment.notification.messaging;

import static com.example.fulfillment.notification.TestChannels.newOrderId;
import static com.example.fulfillment.notification.TestChannels.newPhone;
import static com.example.fulfillment.notification.TestChannels.orderReceived;
import static com.example.fulfillment.notification.TestChannels.smsGateway;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.notification.TestChannels;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;

/** A cancellation withdraws what is no longer true before it reaches the customer. */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class OrderCancelledHandlerTest {

    private static TestEventBus bus;

    @BeforeAll
    static void startChannels() {
        TestChannels.start();
        bus = new TestEventBus();
    }

    @AfterAll
    static void closeBus() {
        bus.close();
    }

    private static Map<String, Object> notification(String orderId, String kind, String channel) {
        List<Map<String, Object>> all = given().queryParam("orderId", orderId).get("/notifications").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(n -> kind.equals(n.get("kind")) && channel.equals(n.get("channel")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " on " + channel + " in " + all));
    }

    /**
     * The SMS gateway refuses every message to this customer, so the out-of-stock SMS is still pending (waiting
     * for its retry) when the cancellation arrives right after it; the portal copy was delivered at once.
     */
    @Test
    void aPendingMessageIsWithdrawnWhenTheOrderIsCancelledAndADeliveredOneStays() {
        String orderId = newOrderId();
        String phone = newPhone();
        smsGateway().answer(phone, 500, 500, 500, 500, 500, 500, 500, 500);
        bus.publish(orderReceived(orderId, null, phone, NotificationChannel.SMS, NotificationChannel.PORTAL));
        bus.publish(new StockUnavailable(orderId, List.of(
                new StockShortage("MUG-RED", 3, 0, LocalDate.of(2026, 12, 14), List.of()))));

        bus.publish(new OrderCancelled(orderId, OrderStatus.AWAITING_STOCK, "the customer cancelled", "customer"));

        // the portal's cancellation commits in the same transaction as the withdrawal
        bus.await(CustomerNotified.class, orderId, notified -> notified.kind().equals("ORDER_CANCELLED"));
        Map<String, Object> outOfStockSms = notification(orderId, "STOCK_UNAVAILABLE", "SMS");
        assertEquals("WITHDRAWN", outOfStockSms.get("status"), outOfStockSms.toString());
        assertNull(outOfStockSms.get("sentAt"));
        assertNull(outOfStockSms.get("nextAttemptAt"), "never due again");
        assertEquals("SENT", notification(orderId, "STOCK_UNAVAILABLE", "PORTAL").get("status"));
        assertNotEquals("WITHDRAWN", notification(orderId, "ORDER_CANCELLED", "SMS").get("status"));
    }

    @Test
    void aSecondCancellationDoesNotWithdrawTheFirstOnesMessage() {
        String orderId = newOrderId();
        String phone = newPhone();
        // the cancellation SMS stays pending: the gateway refuses it
        smsGateway().answer(phone, 500, 500, 500, 500);
        bus.publish(orderReceived(orderId, null, phone, NotificationChannel.SMS, NotificationChannel.PORTAL));
        bus.publish(new OrderCancelled(orderId, OrderStatus.VERIFIED, "the customer cancelled", "customer"));

        bus.publish(new OrderCancelled(orderId, OrderStatus.VERIFIED, "the customer cancelled", "customer"));
        // one order's events are handled in order: once this is told, the second cancellation was handled
        bus.publish(new OrderCompleted(orderId, Instant.now()));

        bus.await(CustomerNotified.class, orderId, notified -> notified.kind().equals("ORDER_COMPLETED"));
        assertNotEquals("WITHDRAWN", notification(orderId, "ORDER_CANCELLED", "SMS").get("status"));
    }
}
