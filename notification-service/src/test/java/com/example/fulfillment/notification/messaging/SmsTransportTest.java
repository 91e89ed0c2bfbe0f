package com.example.fulfillment.notification.messaging;

import static com.example.fulfillment.notification.TestChannels.newOrderId;
import static com.example.fulfillment.notification.TestChannels.newPhone;
import static com.example.fulfillment.notification.TestChannels.orderReceived;
import static com.example.fulfillment.notification.TestChannels.smsGateway;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.notification.FakeSmsGateway.ReceivedSms;
import com.example.fulfillment.notification.TestChannels;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class SmsTransportTest {

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

    private static void shipToSmsCustomer(String orderId, String phone) {
        bus.publish(orderReceived(orderId, null, phone, NotificationChannel.SMS));
        bus.publish(new Shipped(orderId, "UPS", "TRK-" + orderId, Instant.now(), LocalDate.of(2026, 12, 4),
                List.of("label")));
    }

    @Test
    void theGatewayReceivesTheTextWithTheBearerKey() {
        String orderId = newOrderId();
        String phone = newPhone();

        shipToSmsCustomer(orderId, phone);

        ReceivedSms sms = await().atMost(Duration.ofSeconds(30))
                .until(() -> smsGateway().receivedFor(phone), received -> !received.isEmpty()).get(0);
        assertEquals("Bearer test-sms-key", sms.authorization());
        assertEquals("/messages", sms.path());
        assertEquals("Fulfillment", sms.from());
        assertTrue(sms.text().contains("TRK-" + orderId), sms.text());
        assertTrue(sms.text().contains("2026-12-04"), sms.text());
        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertTrue(notified.delivered());
        assertEquals(NotificationChannel.SMS, notified.channel());
        assertEquals(phone, notified.recipient());
    }

    @Test
    void aGatewayErrorIsRetriedOnceThenSent() {
        String orderId = newOrderId();
        String phone = newPhone();
        smsGateway().answer(phone, 500, 200);

        shipToSmsCustomer(orderId, phone);

        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertTrue(notified.delivered());
        assertEquals(2, smsGateway().receivedFor(phone).size());
        given().get("/notifications/" + notified.notificationId()).then().statusCode(200)
                .body("status", equalTo("SENT"))
                .body("attempts", equalTo(2));
    }

    @Test
    void aGatewayThatKeepsFailingEndsFailedAndIsReportedUndelivered() {
        String orderId = newOrderId();
        String phone = newPhone();
        // %test allows 4 attempts; 503 would be the gateway away, which does not spend them
        smsGateway().answer(phone, 500, 400, 500, 500);

        shipToSmsCustomer(orderId, phone);

        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertFalse(notified.delivered());
        assertEquals(4, smsGateway().receivedFor(phone).size());
        given().get("/notifications/" + notified.notificationId()).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("attempts", equalTo(4))
                .body("lastError", containsString("HTTP 500"));
    }

    @Test
    void aGatewayThatIsAwayLongerThanTheAttemptsAllowIsWaitedOut() {
        String orderId = newOrderId();
        String phone = newPhone();
        // six answers of "away" (overloaded, or a proxy in front of it cannot reach it), more than the 4 attempts
        smsGateway().answer(phone, 503, 502, 429, 504, 503, 503, 200);

        shipToSmsCustomer(orderId, phone);

        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertTrue(notified.delivered());
        assertEquals(7, smsGateway().receivedFor(phone).size());
        given().get("/notifications/" + notified.notificationId()).then().statusCode(200)
                .body("status", equalTo("SENT"))
                .body("attempts", equalTo(7));
    }

    @Test
    void aCustomerWithoutPhoneGetsNoSms() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.SMS, NotificationChannel.PORTAL));
        bus.publish(new Shipped(orderId, "UPS", "TRK-" + orderId, Instant.now(), LocalDate.of(2026, 12, 4),
                List.of("label")));

        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);

        assertEquals(NotificationChannel.PORTAL, notified.channel());
        given().queryParam("orderId", orderId).get("/notifications").then().statusCode(200)
                .body("channel", equalTo(List.of("PORTAL")));
    }

    @Test
    void anSmsTooLongForOneMessageIsShortenedAtAWordBoundary() {
        String orderId = newOrderId();
        String phone = newPhone();
        bus.publish(orderReceived(orderId, null, phone, NotificationChannel.SMS));
        // ten short items with restock dates make an SMS of well over 160 characters
        List<StockShortage> shortages = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new StockShortage("SKU-" + i, 2, 0, LocalDate.of(2026, 12, 10 + i), List.of()))
                .toList();

        bus.publish(new StockUnavailable(orderId, shortages));

        ReceivedSms sms = await().atMost(Duration.ofSeconds(30))
                .until(() -> smsGateway().receivedFor(phone), received -> !received.isEmpty()).get(0);
        assertTrue(sms.text().length() <= 160, sms.text().length() + ": " + sms.text());
        assertTrue(sms.text().startsWith("Some items of your order are out of stock: SKU-1 back 2026-12-11;"),
                sms.text());
        assertTrue(sms.text().endsWith("..."), sms.text());
        // cut between words: what precedes the dots is a whole item, e.g. "2026-12-15;" or "SKU-6"
        assertTrue(sms.text().matches(".* (SKU-\\d+|back|\\d{4}-\\d{2}-\\d{2};?)\\.\\.\\."), sms.text());
        // the e-mail and the portal keep the whole text; the SMS record shows what was sent
        given().queryParam("orderId", orderId).get("/notifications").then().statusCode(200)
                .body("[0].body", equalTo(sms.text()));
    }
}
