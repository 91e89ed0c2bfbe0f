package com.example.fulfillment.eventbus;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.events.EventCatalog;
import com.example.fulfillment.events.SagaEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Turns contracts into CloudEvents JSON and back, with the application's configured ObjectMapper. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final String source;

    EventCodec(ObjectMapper mapper, Clock clock, EventBusConfig config) {
        this.mapper = forEvents(mapper);
        this.clock = clock;
        this.source = config.source();
    }

    /**
     * The application's mapper, adjusted so that amounts keep their scale on the way through a JSON tree:
     * an invoice total of 9.00 must arrive as 9.00, not 9 or 9.0.
     */
    public static ObjectMapper forEvents(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        copy.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        return copy;
    }

    public EventEnvelope wrap(SagaEvent event) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source,
                EventCatalog.typeOf(event.getClass()), event.orderId(), OffsetDateTime.now(clock),
                "application/json", mapper.valueToTree(event));
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize event " + envelope.id(), e);
        }
    }

    public EventEnvelope read(String json) {
        try {
            EventEnvelope envelope = json == null ? null : mapper.readValue(json, EventEnvelope.class);
            if (envelope == null) {
                // the JSON text "null" (or a tombstone) parses to nothing: no envelope, however often it is read
                throw new UnprocessableEventException("not a CloudEvent: the record holds no JSON object");
            }
            return envelope;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException("not a CloudEvent: " + e.getMessage(), e);
        }
    }

    public <E extends SagaEvent> E payload(EventEnvelope envelope, Class<E> eventClass) {
        try {
            return mapper.treeToValue(envelope.data(), eventClass);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException(
                    "data of " + envelope.type() + " does not match its contract: " + e.getMessage(), e);
        }
    }
}
