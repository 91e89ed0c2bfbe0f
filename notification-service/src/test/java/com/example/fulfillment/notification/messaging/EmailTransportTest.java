package com.example.fulfillment.notification.messaging;

import static com.example.fulfillment.notification.TestChannels.emailFor;
import static com.example.fulfillment.notification.TestChannels.mailsTo;
import static com.example.fulfillment.notification.TestChannels.newOrderId;
import static com.example.fulfillment.notification.TestChannels.orderReceived;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.notification.TestChannels;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class EmailTransportTest {

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

    private static List<Map<String, Object>> notificationsOf(String orderId) {
        return given().queryParam("orderId", orderId).get("/notifications").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    @Test
    void anEmailThatFailsWhileTheSmtpServerIsDownIsSentOnARetryOnceItIsBack() {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        Map<String, Object> afterFailure;
        TestChannels.stopSmtp();
        try {
            bus.publish(orderReceived(orderId, email, null, NotificationChannel.EMAIL));
            bus.publish(new OrderCompleted(orderId, Instant.now()));

            afterFailure = await().atMost(Duration.ofSeconds(30))
                    .until(() -> notificationsOf(orderId),
                            found -> found.size() == 1 && ((Integer) found.get(0).get("attempts")) >= 1)
                    .get(0);
        } finally {
            TestChannels.startSmtp();
        }

        assertEquals("PENDING", afterFailure.get("status"), afterFailure.toString());
        assertNotNull(afterFailure.get("lastError"), afterFailure.toString());
        assertNull(afterFailure.get("sentAt"));
        assertTrue(Instant.parse((String) afterFailure.get("nextAttemptAt"))
                .isAfter(Instant.parse((String) afterFailure.get("createdAt"))),
                "the retry is due later than the first attempt: " + afterFailure);

        // generous: an attempt that caught the server while it was stopping waits out GreenMail's 30 s socket timeout
        await().atMost(Duration.ofSeconds(90)).until(() -> mailsTo(email), mails -> mails.size() == 1);
        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertTrue(notified.delivered(), "the outage is not reported as an outcome, only the final delivery");
        Map<String, Object> sent = given().get("/notifications/" + notified.notificationId()).then()
                .statusCode(200).extract().jsonPath().getMap("");
        assertEquals("SENT", sent.get("status"));
        assertTrue((Integer) sent.get("attempts") >= 2, sent.toString());
        assertNull(sent.get("lastError"));
    }

    @Test
    void anSmtpOutageOutlastingTheAttemptsIsWaitedOutWhileReadinessSaysWhichChannelIsAway() {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        TestChannels.stopSmtp();
        try {
            bus.publish(orderReceived(orderId, email, null, NotificationChannel.EMAIL));
            bus.publish(new OrderCompleted(orderId, Instant.now()));

            // %test allows 4 attempts for a message the channel refuses; an outage does not spend them
            Map<String, Object> waiting = await().atMost(Duration.ofSeconds(60))
                    .until(() -> notificationsOf(orderId),
                            found -> found.size() == 1 && ((Integer) found.get(0).get("attempts")) >= 6)
                    .get(0);
            assertEquals("PENDING", waiting.get("status"), waiting.toString());
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'notification channels' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'notification channels' }.data.'email.awaySince'",
                            notNullValue())
                    .body("checks.find { it.name == 'notification channels' }.data.'email.lastError'",
                            containsString("SMTP server away"));
        } finally {
            TestChannels.startSmtp();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> mailsTo(email), mails -> mails.size() == 1);
        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertTrue(notified.delivered());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'notification channels' }.status", equalTo("UP")));
    }
}
