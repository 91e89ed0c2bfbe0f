package com.example.fulfillment.notification.messaging;

import static com.example.fulfillment.notification.TestChannels.bodyOf;
import static com.example.fulfillment.notification.TestChannels.emailFor;
import static com.example.fulfillment.notification.TestChannels.htmlOf;
import static com.example.fulfillment.notification.TestChannels.mailsTo;
import static com.example.fulfillment.notification.TestChannels.newOrderId;
import static com.example.fulfillment.notification.TestChannels.newPhone;
import static com.example.fulfillment.notification.TestChannels.orderReceived;
import static com.example.fulfillment.notification.TestChannels.partTypesOf;
import static com.example.fulfillment.notification.TestChannels.smsGateway;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.TrackingConfirmed;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.Decision;
import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.TrackingStatus;
import com.example.fulfillment.notification.FakeSmsGateway.ReceivedSms;
import com.example.fulfillment.notification.TestChannels;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Tracking scans as the customer hears of them: each kind of news in its own words, and only news at all. */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class DeliveryUpdatesTest {

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

    private static int scans;

    private static TrackingConfirmed scan(String orderId, TrackingStatus status, DeliveryState state,
            LocalDate expected, String description) {
        return new TrackingConfirmed(orderId, "tu-" + (++scans) + "-" + orderId, "TRK-" + orderId, status, state,
                description, expected, new Decision("a-1", "policy:automatic", "routine update", Instant.now()));
    }

    private static String trackingLink(String orderId) {
        return ConfigProvider.getConfig().getValue("notification.tracking-portal.base-url", String.class)
                + "/TRK-" + orderId;
    }

    private static List<Map<String, Object>> deliveryUpdatesOf(String orderId) {
        return given().queryParam("orderId", orderId).get("/notifications").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>> getList("findAll { it.kind == 'DELIVERY_UPDATE' }");
    }

    /** Once the order's completion is told, every earlier event of the order was handled: one order's go in order. */
    private static void awaitEverythingBefore(String orderId) {
        bus.publish(new OrderCompleted(orderId, Instant.now()));
        bus.await(CustomerNotified.class, orderId, notified -> notified.kind().equals("ORDER_COMPLETED"));
    }

    private static String bodyOn(List<Map<String, Object>> updates, String subject) {
        return updates.stream().filter(update -> subject.equals(update.get("subject")))
                .map(update -> (String) update.get("body")).findFirst()
                .orElseThrow(() -> new AssertionError("no update \"" + subject + "\" in " + updates));
    }

    @Test
    void eachKindOfTrackingNewsHasItsOwnWording() {
        String orderId = newOrderId();
        String parcel = "TRK-" + orderId;
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));

        bus.publish(scan(orderId, TrackingStatus.IN_TRANSIT, DeliveryState.DELAYED, LocalDate.of(2026, 12, 9), null));
        bus.publish(scan(orderId, TrackingStatus.IN_TRANSIT, DeliveryState.ISSUE, LocalDate.of(2026, 12, 9),
                "held at customs"));
        bus.publish(scan(orderId, TrackingStatus.IN_TRANSIT, DeliveryState.RESOLVED, LocalDate.of(2026, 12, 10),
                null));
        bus.publish(scan(orderId, TrackingStatus.OUT_FOR_DELIVERY, DeliveryState.RESOLVED, LocalDate.of(2026, 12, 10),
                null));
        bus.publish(scan(orderId, TrackingStatus.ATTEMPT_FAILED, DeliveryState.ISSUE, LocalDate.of(2026, 12, 11),
                "nobody at home"));
        // the carrier keeps the delayed state to the end: delivered is still delivered
        bus.publish(scan(orderId, TrackingStatus.DELIVERED, DeliveryState.DELAYED, LocalDate.of(2026, 12, 3), null));
        awaitEverythingBefore(orderId);

        List<Map<String, Object>> updates = deliveryUpdatesOf(orderId);
        assertEquals(6, updates.size(), updates.toString());
        assertTrue(bodyOn(updates, "Your parcel " + parcel + " is delayed: now expected on 2026-12-09")
                .contains("is delayed. It is now expected on 2026-12-09. We are sorry for the wait."));
        String exception = bodyOn(updates, "A problem with the delivery of your parcel " + parcel);
        assertTrue(exception.contains("the carrier reports a problem delivering your parcel"), exception);
        assertTrue(exception.contains("Carrier's note: held at customs"), exception);
        assertTrue(bodyOn(updates, "The delivery problem with your parcel " + parcel + " is resolved")
                .contains("is resolved: it is on its way again and now expected on 2026-12-10."));
        assertTrue(bodyOn(updates, "Your parcel " + parcel + " is out for delivery today")
                .contains("is out for delivery: the carrier brings it today."));
        String attempt = bodyOn(updates, "The carrier could not deliver your parcel " + parcel);
        assertTrue(attempt.contains("tried to deliver your parcel " + parcel + " for order " + orderId
                + " but could not hand it over. They will try again, expected on 2026-12-11."), attempt);
        String delivered = bodyOn(updates, "Your parcel " + parcel + " has been delivered");
        assertTrue(delivered.contains("has been delivered. We hope you enjoy your order."), delivered);
        assertFalse(delivered.contains("expected on"), delivered);
        updates.forEach(update -> assertFalse(((String) update.get("body")).contains("on time and expected on"),
                update.toString()));
        updates.forEach(update -> assertTrue(((String) update.get("body")).contains(trackingLink(orderId)),
                update.toString()));
    }

    @Test
    void aRepeatedInTransitScanSendsNothingOnAnyChannel() {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        String phone = newPhone();
        bus.publish(orderReceived(orderId, email, phone, NotificationChannel.EMAIL, NotificationChannel.SMS,
                NotificationChannel.PORTAL));

        bus.publish(scan(orderId, TrackingStatus.IN_TRANSIT, DeliveryState.ON_TIME, LocalDate.of(2026, 12, 3),
                "arrived at the hub"));
        bus.publish(scan(orderId, TrackingStatus.IN_TRANSIT, DeliveryState.ON_TIME, LocalDate.of(2026, 12, 3),
                "departed the hub"));
        // the same delay twice is no news either
        bus.publish(scan(orderId, TrackingStatus.IN_TRANSIT, DeliveryState.DELAYED, LocalDate.of(2026, 12, 9), null));
        bus.publish(scan(orderId, TrackingStatus.IN_TRANSIT, DeliveryState.DELAYED, LocalDate.of(2026, 12, 9), null));
        awaitEverythingBefore(orderId);

        List<Map<String, Object>> updates = deliveryUpdatesOf(orderId);
        assertEquals(List.of("EMAIL", "PORTAL"), channelsOf(updates, "Your parcel TRK-" + orderId + " is on its way"),
                "the first in-transit scan by e-mail and on the portal, not by SMS: " + updates);
        assertEquals(List.of("EMAIL", "PORTAL", "SMS"),
                channelsOf(updates, "Your parcel TRK-" + orderId + " is delayed: now expected on 2026-12-09"));
        assertEquals(5, updates.size(), updates.toString());
        assertTrue(bodyOn(updates, "Your parcel TRK-" + orderId + " is on its way").contains("arrived at the hub"));
    }

    @Test
    void anSmsGoesOutForOutForDeliveryButNotForAPlainInTransitScan() {
        String orderId = newOrderId();
        String phone = newPhone();
        bus.publish(orderReceived(orderId, null, phone, NotificationChannel.SMS, NotificationChannel.PORTAL));

        bus.publish(scan(orderId, TrackingStatus.IN_TRANSIT, DeliveryState.ON_TIME, LocalDate.of(2026, 12, 3), null));
        bus.publish(scan(orderId, TrackingStatus.OUT_FOR_DELIVERY, DeliveryState.ON_TIME, LocalDate.of(2026, 12, 3),
                null));

        ReceivedSms sms = await().atMost(Duration.ofSeconds(30))
                .until(() -> smsGateway().receivedFor(phone), received -> !received.isEmpty()).get(0);
        assertEquals("Parcel TRK-" + orderId + " is out for delivery today.", sms.text().split(" http")[0]);
        awaitEverythingBefore(orderId);
        assertEquals(1, smsGateway().receivedFor(phone).size(), smsGateway().receivedFor(phone).toString());
        assertEquals(2, deliveryUpdatesOf(orderId).stream().filter(n -> "PORTAL".equals(n.get("channel"))).count(),
                "both scans are on the portal");
    }

    @Test
    void theShipmentEmailIsHtmlWithATextAlternativeNamingTheProductsWithTheTrackingLink() throws Exception {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        bus.publish(orderReceived(orderId, email, null, NotificationChannel.EMAIL));
        bus.publish(new StockAllocated(orderId, List.of(
                new AllocatedItem("MUG-RED", "Red enamel mug", "kitchen", 2, 350, 100, 100, 120, true),
                new AllocatedItem("TEE-1", null, "apparel", 1, 200, 300, 200, 20, false))));

        bus.publish(new Shipped(orderId, "DHL", "TRK-" + orderId, Instant.now(), LocalDate.of(2026, 12, 3),
                List.of("label")));

        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email), m -> !m.isEmpty()).get(0);
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        assertEquals(List.of("text/plain", "text/html"), partTypesOf(mail));
        String text = bodyOf(mail);
        String html = htmlOf(mail);
        assertTrue(text.contains("- 2 × Red enamel mug"), text);
        assertTrue(text.contains("- 1 × TEE-1"), "no name known: the SKU stands in. " + text);
        assertFalse(text.contains("MUG-RED"), text);
        assertTrue(text.contains("Follow your parcel: " + trackingLink(orderId)), text);
        assertTrue(html.contains("<li>2 × Red enamel mug</li>"), html);
        assertTrue(html.contains("<li>1 × TEE-1</li>"), html);
        assertTrue(html.contains("<a href=\"" + trackingLink(orderId) + "\">"), html);
        assertTrue(html.contains("Tracking number: TRK-" + orderId) && html.contains("2026-12-03"), html);

        bus.publish(scan(orderId, TrackingStatus.OUT_FOR_DELIVERY, DeliveryState.ON_TIME, LocalDate.of(2026, 12, 3),
                null));
        MimeMessage update = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(email).stream().filter(m -> subjectOf(m).contains("out for delivery")).toList(),
                        found -> !found.isEmpty())
                .get(0);
        assertEquals(List.of("text/plain", "text/html"), partTypesOf(update));
        assertTrue(bodyOf(update).contains(trackingLink(orderId)), bodyOf(update));
        assertTrue(htmlOf(update).contains("<a href=\"" + trackingLink(orderId) + "\">"), htmlOf(update));
    }

    private static List<String> channelsOf(List<Map<String, Object>> updates, String subject) {
        return updates.stream().filter(update -> subject.equals(update.get("subject")))
                .map(update -> (String) update.get("channel")).sorted().toList();
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
