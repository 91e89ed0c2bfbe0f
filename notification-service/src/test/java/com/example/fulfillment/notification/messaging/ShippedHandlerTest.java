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
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventCodec;
import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.notification.TestChannels;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class ShippedHandlerTest {

    private static final LocalDate EXPECTED_DELIVERY = LocalDate.of(2026, 12, 3);
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

    private static Shipped shipped(String orderId, String trackingNumber) {
        return new Shipped(orderId, "DHL", trackingNumber, Instant.now(), EXPECTED_DELIVERY,
                List.of("label", "invoice"));
    }

    @Test
    void shipmentConfirmationEmailCarriesTrackingNumberAndExpectedDelivery() throws Exception {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        bus.publish(orderReceived(orderId, email, null, NotificationChannel.EMAIL));

        bus.publish(shipped(orderId, "TRK-" + orderId));

        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email), m -> !m.isEmpty()).get(0);
        assertTrue(mail.getSubject().contains("TRK-" + orderId), mail.getSubject());
        assertTrue(mail.getSubject().contains("2026-12-03"), mail.getSubject());
        assertTrue(bodyOf(mail).contains("Tracking number: TRK-" + orderId), bodyOf(mail));
        assertTrue(bodyOf(mail).contains("Expected delivery: 2026-12-03"), bodyOf(mail));
        assertEquals("orders@fulfillment.example", mail.getFrom()[0].toString());

        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertTrue(notified.delivered());
        assertEquals("SHIPMENT_CONFIRMATION", notified.kind());
        assertEquals(NotificationChannel.EMAIL, notified.channel());
        assertEquals(email, notified.recipient());
        given().get("/notifications/" + notified.notificationId()).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SENT"))
                .body("attempts", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void theSameShippedEnvelopeTwiceSendsOneEmail() {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        bus.publish(orderReceived(orderId, email, null, NotificationChannel.EMAIL));
        EventEnvelope shippedEnvelope = bus.publish(shipped(orderId, "TRK-" + orderId));

        bus.publish(shippedEnvelope);
        // events of one order are consumed in order: once this one is sent, the duplicate was handled before it
        bus.publish(new OrderCompleted(orderId, Instant.now()));

        awaitMail(email, "complete");
        assertEquals(1, mailsWithSubject(email, "has shipped"));
        assertEquals(1, given().queryParam("orderId", orderId).get("/notifications").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.kind == 'SHIPMENT_CONFIRMATION' }").size());
    }

    @Test
    void aSecondShippedWithANewIdButTheSameMeaningSendsNothingMore() {
        String orderId = newOrderId();
        String email = emailFor(orderId);
        bus.publish(orderReceived(orderId, email, null, NotificationChannel.EMAIL));
        bus.publish(shipped(orderId, "TRK-" + orderId));

        bus.publish(shipped(orderId, "TRK-" + orderId));
        bus.publish(new OrderCompleted(orderId, Instant.now()));

        awaitMail(email, "complete");
        assertEquals(1, mailsWithSubject(email, "has shipped"));
    }

    @Test
    void shippedForAnOrderNeverReceivedIsDeadLettered() {
        String orderId = newOrderId();

        bus.publish(shipped(orderId, "TRK-" + orderId));

        String reason = bus.awaitDeadLetter(orderId);
        assertTrue(reason.contains("no customer known for order " + orderId), reason);
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheNextEventStillProcessed() {
        String garbageKey = newOrderId();
        String orderId = newOrderId();

        bus.publishRaw(garbageKey, "{ this is not a CloudEvent");
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));
        bus.publish(shipped(orderId, "TRK-" + orderId));

        assertTrue(bus.awaitDeadLetter(garbageKey).contains("not a CloudEvent"));
        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertEquals(NotificationChannel.PORTAL, notified.channel());
        assertTrue(notified.delivered());
    }

    @Test
    void anEventAsTheOutboxRelaySendsItWithItsCloudEventsHeadersIsProcessed() throws Exception {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, null, null, NotificationChannel.PORTAL));
        ObjectMapper mapper = EventCodec.forEvents(new ObjectMapper().findAndRegisterModules());
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/shipping-service",
                "Shipped", orderId, OffsetDateTime.now(), "application/json",
                mapper.valueToTree(shipped(orderId, "TRK-" + orderId)));
        ProducerRecord<String, String> record = new ProducerRecord<>(
                ConfigProvider.getConfig().getValue("fulfillment.events.topic", String.class), orderId,
                mapper.writeValueAsString(envelope));
        record.headers().add("content-type", EventEnvelope.MEDIA_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "Shipped".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(10, TimeUnit.SECONDS);
        }

        CustomerNotified notified = bus.await(CustomerNotified.class, orderId);
        assertEquals("SHIPMENT_CONFIRMATION", notified.kind());
    }

    private static void awaitMail(String email, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsWithSubject(email, subjectPart) > 0);
    }

    private static long mailsWithSubject(String email, String subjectPart) {
        return mailsTo(email).stream().filter(mail -> {
            try {
                return mail.getSubject().contains(subjectPart);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
