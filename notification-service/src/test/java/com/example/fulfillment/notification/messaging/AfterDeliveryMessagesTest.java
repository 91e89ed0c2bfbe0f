package com.example.fulfillment.notification.messaging;

import static com.example.fulfillment.notification.TestChannels.bodyOf;
import static com.example.fulfillment.notification.TestChannels.emailFor;
import static com.example.fulfillment.notification.TestChannels.mailsTo;
import static com.example.fulfillment.notification.TestChannels.newOrderId;
import static com.example.fulfillment.notification.TestChannels.newPhone;
import static com.example.fulfillment.notification.TestChannels.orderReceived;
import static com.example.fulfillment.notification.TestChannels.smsGateway;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.DeliveryIssueReported;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.notification.FakeSmsGateway.ReceivedSms;
import com.example.fulfillment.notification.TestChannels;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;

/** What the customer hears after the handover went wrong: their own issue report, a reshipment, a refund. */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class AfterDeliveryMessagesTest {

    private static final List<OrderLine> LINES = List.of(new OrderLine("MUG-1", 2), new OrderLine("TEE-1", 1));
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

    private static Shipped shipped(String orderId, String trackingNumber, LocalDate expected) {
        return new Shipped(orderId, "DHL", trackingNumber, Instant.now(), expected, List.of("label", "invoice"));
    }

    private static CustomerNotified awaitNotified(String orderId, String kind) {
        return bus.await(CustomerNotified.class, orderId, notified -> notified.kind().equals(kind));
    }

    private static List<Map<String, Object>> notificationsOf(String orderId) {
        return given().queryParam("orderId", orderId).get("/notifications").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static long countOf(String orderId, String kind) {
        return notificationsOf(orderId).stream().filter(n -> kind.equals(n.get("kind"))).count();
    }

    @Test
    void aReportedDeliveryIssueIsAcknowledgedWithTheConditionOnEveryChannel() {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        String phone = newPhone();
        bus.publish(orderReceived(orderId, email, phone, NotificationChannel.EMAIL, NotificationChannel.SMS,
                NotificationChannel.PORTAL));
        bus.publish(shipped(orderId, "TRK-" + orderId, LocalDate.of(2026, 12, 3)));

        bus.publish(new DeliveryIssueReported(orderId, "DAMAGED", "the mug arrived in pieces"));

        MimeMessage mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(email).stream().filter(m -> subjectOf(m).contains("received your report"))
                        .toList(), found -> !found.isEmpty())
                .get(0);
        String body = bodyOf(mail);
        assertTrue(body.contains("(parcel TRK-" + orderId + "): damaged."), body);
        assertTrue(body.contains("Your note: the mug arrived in pieces"), body);
        assertTrue(body.contains("We are on it"), body);
        ReceivedSms sms = await().atMost(Duration.ofSeconds(30))
                .until(() -> smsGateway().receivedFor(phone).stream()
                        .filter(s -> s.text().contains("report")).toList(), found -> !found.isEmpty())
                .get(0);
        assertTrue(sms.text().contains("(damaged)") && sms.text().contains("are on it"), sms.text());
        assertEquals(NotificationChannel.PORTAL, awaitNotified(orderId, "DELIVERY_ISSUE_RECEIVED").channel());
    }

    @Test
    void theSameIssueReportedTwiceIsAcknowledgedOnce() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));
        bus.publish(shipped(orderId, "TRK-" + orderId, LocalDate.of(2026, 12, 3)));

        bus.publish(new DeliveryIssueReported(orderId, "DAMAGED", "broken"));
        bus.publish(new DeliveryIssueReported(orderId, "DAMAGED", "broken, as I said"));
        // one order's events are handled in order: once this is told, both reports were handled
        bus.publish(new OrderCompleted(orderId, Instant.now()));

        awaitNotified(orderId, "ORDER_COMPLETED");
        assertEquals(1, countOf(orderId, "DELIVERY_ISSUE_RECEIVED"));
    }

    @Test
    void aReshipmentIsAnnouncedAndItsShipmentConfirmedWithTheNewTrackingNumber() {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        bus.publish(orderReceived(orderId, email, null, NotificationChannel.EMAIL));
        bus.publish(shipped(orderId, "TRK-FIRST-" + orderId, LocalDate.of(2026, 12, 3)));

        bus.publish(new ReshipmentRequested(orderId, LINES, "ops:grace", "the carrier lost the parcel"));
        // the same request again (a producer's retry with a new event id) tells the customer nothing new
        bus.publish(new ReshipmentRequested(orderId, LINES, "ops:grace", "the carrier lost the parcel"));
        bus.publish(shipped(orderId, "TRK-SECOND-" + orderId, LocalDate.of(2026, 12, 8)));

        List<MimeMessage> confirmations = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(email).stream().filter(m -> subjectOf(m).contains("has shipped")).toList(),
                        found -> found.size() == 2);
        assertTrue(confirmations.stream().anyMatch(m -> subjectOf(m).contains("TRK-SECOND-" + orderId)
                && subjectOf(m).contains("2026-12-08")), "the reshipment's own confirmation");
        MimeMessage reshipment = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(email).stream().filter(m -> subjectOf(m).contains("sending your order"))
                        .toList(), found -> !found.isEmpty())
                .get(0);
        String body = bodyOf(reshipment);
        assertTrue(body.contains("again: the carrier lost the parcel"), body);
        assertTrue(body.contains("2 × MUG-1, 1 × TEE-1"), body);
        assertTrue(body.contains("new tracking number follows with the shipment confirmation"), body);
        assertTrue(body.contains("TRK-FIRST-" + orderId), body);
        assertEquals(1, countOf(orderId, "RESHIPMENT"));
        assertEquals(2, countOf(orderId, "SHIPMENT_CONFIRMATION"));
    }

    @Test
    void aSecondFailedShipmentIsASecondReshipment() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));
        bus.publish(shipped(orderId, "TRK-FIRST-" + orderId, LocalDate.of(2026, 12, 3)));
        bus.publish(new ReshipmentRequested(orderId, LINES, "ops:grace", "lost"));
        bus.publish(shipped(orderId, "TRK-SECOND-" + orderId, LocalDate.of(2026, 12, 8)));

        bus.publish(new ReshipmentRequested(orderId, LINES, "ops:grace", "lost"));
        bus.publish(new OrderCompleted(orderId, Instant.now()));

        awaitNotified(orderId, "ORDER_COMPLETED");
        assertEquals(2, countOf(orderId, "RESHIPMENT"));
    }

    @Test
    void aRefundTellsTheAmountAndTheCreditNoteOnce() {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        bus.publish(orderReceived(orderId, email, null, NotificationChannel.EMAIL, NotificationChannel.PORTAL));
        RefundIssued refund = new RefundIssued(orderId, "INV-2026-000042", "CN-2026-000007", "EUR",
                new BigDecimal("45.00"));

        bus.publish(refund);
        bus.publish(refund);
        bus.publish(new OrderCompleted(orderId, Instant.now()));

        MimeMessage mail = await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(email).stream().filter(m -> subjectOf(m).contains("refund")).toList(),
                        found -> !found.isEmpty())
                .get(0);
        assertEquals("Your refund of EUR 45.00 for order " + orderId, subjectOf(mail));
        String body = bodyOf(mail);
        assertTrue(body.contains("we have refunded EUR 45.00"), body);
        assertTrue(body.contains("Credit note: CN-2026-000007"), body);
        assertTrue(body.contains("Invoice: INV-2026-000042"), body);
        awaitNotified(orderId, "ORDER_COMPLETED");
        assertEquals(2, countOf(orderId, "REFUND_ISSUED"), "one on e-mail, one on the portal");
    }

    @Test
    void aRefundWithoutAnAmountIsDeadLettered() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));

        bus.publish(new RefundIssued(orderId, "INV-1", "CN-1", "EUR", null));

        String reason = bus.awaitDeadLetter(orderId);
        assertTrue(reason.contains("names no amount"), reason);
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
