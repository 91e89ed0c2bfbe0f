package com.example.fulfillment.eventbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.domain.Conflict;
import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.events.EventCatalog;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.model.InvoiceLine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

class EventContractsTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final EventCodec codec = new EventCodec(mapper,
            Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC), new FixedConfig());

    @Test
    void everyEventHasItsOwnTypeName() {
        Set<String> types = EventCatalog.EVENTS.stream().map(EventCatalog::typeOf).collect(Collectors.toSet());
        assertEquals(EventCatalog.EVENTS.size(), types.size());
        EventCatalog.EVENTS.forEach(type -> assertEquals(type, EventCatalog.classOf(EventCatalog.typeOf(type)).get()));
    }

    @Test
    void envelopeIsACloudEventKeyedByOrderAndRoundTripsItsPayload() throws Exception {
        var invoice = new InvoicePrepared("order-1", "INV-1", "EUR",
                List.of(new InvoiceLine("Mug", "MUG-1", 2, new BigDecimal("4.50"), new BigDecimal("9.00"))),
                new BigDecimal("9.00"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1.71"), new BigDecimal("10.71"));

        EventEnvelope envelope = codec.read(codec.write(codec.wrap(invoice)));

        var json = mapper.readTree(codec.write(envelope));
        assertEquals("1.0", json.get("specversion").asText());
        assertEquals("/billing-service", json.get("source").asText());
        assertEquals("InvoicePrepared", json.get("type").asText());
        assertEquals("order-1", json.get("subject").asText());
        assertEquals("2026-11-27T10:00:00Z", json.get("time").asText());
        assertEquals(invoice, codec.payload(envelope, InvoicePrepared.class));
    }

    @Test
    void malformedRecordsAreUnprocessableNotRetried() {
        assertThrows(UnprocessableEventException.class, () -> codec.read("not json"));
        assertThrows(UnprocessableEventException.class, () -> codec.read("{\"type\":\"OrderCompleted\"}"));
        EventEnvelope envelope = codec.read(codec.write(codec.wrap(new OrderCompleted("o", Instant.EPOCH))));
        var wrongData = new EventEnvelope(envelope.specversion(), envelope.id(), envelope.source(), envelope.type(),
                envelope.subject(), envelope.time(), envelope.datacontenttype(), mapper.valueToTree("text"));
        assertThrows(UnprocessableEventException.class, () -> codec.payload(wrongData, OrderCompleted.class));
    }

    @Test
    void aConsumerSubscribesOnceToEachTypeAndItsRefusalsBecomeTheBusDecisions() {
        EventSubscriptions subscriptions = new EventSubscriptions("CompletedConsumer");
        subscriptions.on(OrderCompleted.class, (event, context) -> {
        }).notYetPossibleWhen(NotFound.class);
        assertEquals(List.of("CompletedConsumer#OrderCompleted"),
                subscriptions.all().stream().map(EventSubscriptions.Subscription::name).toList());
        assertThrows(IllegalStateException.class, () -> subscriptions.on(OrderCompleted.class, (event, context) -> {
        }));
        assertTrue(subscriptions.translate(new Conflict("already cancelled"))
                instanceof UnprocessableEventException);
        assertTrue(subscriptions.translate(new NotFound("order", "o"))
                instanceof NotFound);
        assertTrue(subscriptions.translate(new IllegalStateException("database hiccup"))
                instanceof IllegalStateException);
    }

    private static final class FixedConfig implements EventBusConfig {
        @Override
        public String topic() {
            return "t";
        }

        @Override
        public String source() {
            return "/billing-service";
        }

        @Override
        public Relay relay() {
            return null;
        }

        @Override
        public Housekeeping housekeeping() {
            return null;
        }

        @Override
        public Consumer consumer() {
            return new Consumer() {
                @Override
                public int maxAttempts() {
                    return 1;
                }

                @Override
                public Duration initialBackoff() {
                    return Duration.ZERO;
                }
            };
        }
    }

}
