package com.example.fulfillment.shipping.api;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.example.fulfillment.problem.ProblemException;
import com.example.fulfillment.shipping.domain.TrackingUpdate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our own documented format ({@link PlainTrackingUpdate}): the fallback for every carrier without a platform
 * adapter. Signed with X-Fulfillment-Signature: sha256=&lt;lowercase hex HMAC-SHA256 of the raw body&gt;, keyed with
 * the carrier's own secret, shipping.webhooks.carriers.&lt;carrier&gt;.secret.
 */
@Singleton
public class PlainWebhookAdapter extends PlatformWebhookAdapter {

    static final String PLATFORM = "plain";
    static final String SIGNATURE_HEADER = "X-Fulfillment-Signature";
    static final String SIGNATURE_PREFIX = "sha256=";

    private final Validator validator;

    PlainWebhookAdapter(ObjectMapper mapper, Validator validator, WebhookSecrets secrets) {
        super(PLATFORM, mapper, secrets);
        this.validator = validator;
    }

    /** Carriers posting our format were told "202 Accepted" in round one; they keep getting it. */
    @Override
    public int acknowledgedWith() {
        return 202;
    }

    @Override
    public void verify(WebhookRequest request) {
        String carrier = request.carrier().toLowerCase(java.util.Locale.ROOT);
        String secret = WebhookSignatures.required(Optional.ofNullable(secrets.carriers().get(carrier))
                .flatMap(WebhookSecrets.Platform::secret), "carrier " + carrier);
        requireSignatureHeader(request, SIGNATURE_HEADER, signature(secret, request.body()));
    }

    static String signature(String secret, byte[] body) {
        return SIGNATURE_PREFIX + HexFormat.of()
                .formatHex(WebhookSignatures.hmacSha256(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    @Override
    public List<TrackingUpdate> parse(WebhookRequest request) {
        String carrier = request.carrier();
        if (carrier.length() > 40) {
            throw new ProblemException(400, "Bad Request", "a carrier's name has at most 40 characters");
        }
        String body = request.bodyText();
        if (body.isBlank()) {
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
