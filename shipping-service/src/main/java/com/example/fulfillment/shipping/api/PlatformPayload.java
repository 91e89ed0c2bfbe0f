package com.example.fulfillment.shipping.api;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import com.example.fulfillment.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the fields we need from a platform's JSON, tolerating everything else the platforms send (they add
 * fields without notice). A missing or unreadable field we need is a 400 naming its JSON path, e.g.
 * "result.tracking_code".
 */
final class PlatformPayload {

    private PlatformPayload() {
    }

    static JsonNode read(ObjectMapper mapper, WebhookRequest request) {
        if (request.body().length == 0) {
            throw new ProblemException(400, "Bad Request", "the webhook needs a body");
        }
        try {
            JsonNode root = mapper.readTree(request.body());
            if (root == null || !root.isObject()) {
                throw new ProblemException(400, "Bad Request", "the webhook's body is not a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new ProblemException(400, "Bad Request", "the body is not valid JSON: " + e.getMessage());
        }
    }

    /** The text at the path, or null when it is absent or JSON null. */
    static String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    static String requiredText(JsonNode node, String field, String... path) {
        String value = text(node, path);
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "must not be blank");
        }
        return value;
    }

    /** Our tracking numbers have at most 64 characters; a longer one cannot be ours, nor fit the unmatched list. */
    static String trackingNumber(JsonNode node, String field, String... path) {
        String value = requiredText(node, field, path);
        if (value.length() > 64) {
            throw ProblemException.invalidField(field, "size must be between 1 and 64");
        }
        return value;
    }

    /** The platform's carrier code, lower case and cut to our column's 40 characters; the platform's name if none. */
    static String carrier(JsonNode node, String platform, String... path) {
        String value = text(node, path);
        return value == null || value.isBlank() ? platform : shorten(value.toLowerCase(), 40);
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String name : path) {
            if (current == null) {
                return null;
            }
            current = current.get(name);
        }
        return current;
    }

    /** Platforms send instants with an offset; some carriers' local times come without one and are read as UTC. */
    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField(field, "not an ISO-8601 date-time: " + value);
            }
        }
    }

    /** A date, given as a date or as a date-time (whose date part counts: it is the carrier's calendar day). */
    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() <= 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField(field, "not an ISO-8601 date: " + value);
            }
        }
    }

    /** "Berlin, BE, DE" from the parts that are there; null when none is. */
    static String place(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : shorten(joined, 200);
    }

    /** Our columns are bounded; carriers' texts are not. */
    static String shorten(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
