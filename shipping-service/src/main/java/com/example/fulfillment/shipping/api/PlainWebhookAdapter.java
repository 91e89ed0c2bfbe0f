package com.example.fulfillment.shipping.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.example.fulfillment.problem.ProblemException;
import com.example.fulfillment.shipping.domain.TrackingUpdate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Our own documented format ({@link PlainTrackingUpdate}): the fallback for every carrier without an adapter. */
@ApplicationScoped
public class PlainWebhookAdapter implements CarrierWebhookAdapter {

    private final ObjectMapper mapper;
    private final Validator validator;

    PlainWebhookAdapter(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    @Override
    public boolean handles(String carrier) {
        return true;
    }

    @Override
    public List<TrackingUpdate> parse(String carrier, Map<String, List<String>> headers, String body) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, "Bad Request", "the webhook needs a tracking update as its body");
        }
        PlainTrackingUpdate update = read(body);
        Set<ConstraintViolation<PlainTrackingUpdate>> violations = validator.validate(update);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return List.of(new TrackingUpdate(carrier, update.trackingNumber(), update.status(), update.description(),
                update.location(), update.occurredAt(), update.expectedDeliveryDate(), update.eventId()));
    }

    private PlainTrackingUpdate read(String body) {
        try {
            PlainTrackingUpdate update = mapper.readValue(body, PlainTrackingUpdate.class);
            if (update == null) {
                throw new ProblemException(400, "Bad Request", "the webhook needs a tracking update as its body");
            }
            return update;
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            if (field.isEmpty()) {
                throw new ProblemException(400, "Bad Request", "not a tracking update: " + e.getOriginalMessage());
            }
            throw ProblemException.invalidField(field, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "Bad Request", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
