package com.example.fulfillment.notification.messaging;

import static com.example.fulfillment.notification.TestChannels.bodyOf;
import static com.example.fulfillment.notification.TestChannels.emailFor;
import static com.example.fulfillment.notification.TestChannels.mailsTo;
import static com.example.fulfillment.notification.TestChannels.newOrderId;
import static com.example.fulfillment.notification.TestChannels.orderReceived;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.events.TrackingConfirmed;
import com.example.fulfillment.events.model.Decision;
import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.events.model.TrackingStatus;
import com.example.fulfillment.notification.TestChannels;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;

/** The messages after the shipment confirmation, and the ways out, each as its own kind. */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class CustomerUpdatesTest {

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

    private static TrackingConfirmed trackingConfirmed(String orderId, DeliveryState state, LocalDate expected) {
        return new TrackingConfirmed(orderId, "tu-" + state + "-" + orderId, "TRK-" + orderId,
                TrackingStatus.IN_TRANSIT, state, "held at the hub", expected,
                new Decision("a-1", "policy:automatic", "routine update", Instant.now()));
    }

    @Test
    void aDelayedTrackingUpdateTellsTheNewExpectedDate() {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        bus.publish(orderReceived(orderId, email, null, NotificationChannel.EMAIL));

        bus.publish(trackingConfirmed(orderId, DeliveryState.DELAYED, LocalDate.of(2026, 12, 9)));

        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertEquals("DELIVERY_UPDATE", notified.kind());
        assertTrue(notified.delivered());
        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email), m -> !m.isEmpty()).get(0);
        String body = bodyOf(mail);
        assertTrue(body.contains("is delayed. It is now expected on 2026-12-09"), body);
        assertTrue(body.contains("TRK-" + orderId), body);
    }

    @Test
    void eachDeliveryStateHasItsOwnWordingOnThePortal() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));

        bus.publish(trackingConfirmed(orderId, DeliveryState.ON_TIME, LocalDate.of(2026, 12, 3)));
        bus.publish(trackingConfirmed(orderId, DeliveryState.ISSUE, LocalDate.of(2026, 12, 3)));
        bus.publish(trackingConfirmed(orderId, DeliveryState.RESOLVED, LocalDate.of(2026, 12, 5)));

        List<String> subjects = await().atMost(Duration.ofSeconds(30))
                .until(() -> given().queryParam("orderId", orderId).get("/notifications").then().statusCode(200)
                        .extract().jsonPath().<String> getList("subject"), found -> found.size() == 3);
        // an on-time in-transit scan is told as the parcel being on its way (it used to say "is on time")
        assertTrue(subjects.contains("Your parcel TRK-" + orderId + " is on its way"), subjects.toString());
        assertTrue(subjects.contains("A problem with the delivery of your parcel TRK-" + orderId), subjects.toString());
        assertTrue(subjects.contains("The delivery problem with your parcel TRK-" + orderId + " is resolved"),
                subjects.toString());
    }

    @Test
    void orderCompletedThanksTheCustomer() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));

        bus.publish(new OrderCompleted(orderId, Instant.now()));

        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertEquals("ORDER_COMPLETED", notified.kind());
        Map<String, Object> notification = given().get("/notifications/" + notified.notificationId()).then()
                .statusCode(200).extract().jsonPath().getMap("");
        assertEquals("SENT", notification.get("status"));
        assertTrue(notification.get("body").toString().contains("Thank you for your order"), notification.toString());
        assertTrue(notification.get("body").toString().contains("fulfilled"), notification.toString());
    }

    @Test
    void stockUnavailableListsShortItemsRestockDatesAndAlternatives() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));

        bus.publish(new StockUnavailable(orderId, List.of(
                new StockShortage("MUG-RED", 3, 1, LocalDate.of(2026, 12, 14), List.of("MUG-BLUE", "MUG-GREEN")))));

        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertEquals("STOCK_UNAVAILABLE", notified.kind());
        String body = given().get("/notifications/" + notified.notificationId()).then().statusCode(200)
                .extract().path("body");
        assertTrue(body.contains("MUG-RED: 3 ordered, 1 available."), body);
        assertTrue(body.contains("Expected back in stock on 2026-12-14"), body);
        assertTrue(body.contains("Alternatives: MUG-BLUE, MUG-GREEN"), body);
    }

    @Test
    void aRepeatedOrderReceivedKeepsTheFirstChoiceOfChannels() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));
        bus.publish(orderReceived(orderId, emailFor(orderId), null, NotificationChannel.EMAIL));

        bus.publish(new OrderCompleted(orderId, Instant.now()));

        assertEquals(NotificationChannel.PORTAL, bus.await(CustomerNotified.class, orderId).channel());
        given().queryParam("orderId", orderId).get("/notifications").then().statusCode(200)
                .body("channel", org.hamcrest.Matchers.equalTo(List.of("PORTAL")));
    }

    @Test
    void aCancelledOrderIsToldWithItsReason() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));

        bus.publish(new OrderCancelled(orderId, OrderStatus.VERIFIED, "the customer changed their mind", "customer"));

        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertEquals("ORDER_CANCELLED", notified.kind());
        String body = given().get("/notifications/" + notified.notificationId()).then().statusCode(200)
                .extract().path("body");
        assertTrue(body.contains("has been cancelled: the customer changed their mind"), body);
    }
}
