package com.example.fulfillment.eventbus;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A saga event on the wire: a CloudEvents 1.0 event in structured JSON mode. subject is the order id
 * (also the Kafka key); type is the contract's name from {@link com.example.fulfillment.events.EventCatalog}.
 */
public record EventEnvelope(String specversion, UUID id, String source, String type, String subject,
        OffsetDateTime time, String datacontenttype, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String MEDIA_TYPE = "application/cloudevents+json";
    /** The Kafka header the relay names the type in (CloudEvents' Kafka binding), so a consumer can filter unread. */
    public static final String TYPE_HEADER = "ce_type";

    public EventEnvelope {
        if (id == null || type == null || type.isBlank() || subject == null || subject.isBlank() || data == null) {
            throw new UnprocessableEventException("a CloudEvent needs id, type, subject and data");
        }
    }
}
