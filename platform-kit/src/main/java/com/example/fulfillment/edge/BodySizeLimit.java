package com.example.fulfillment.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.example.fulfillment.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A request whose declared body is larger than the limit ({@code quarkus.http.limits.max-body-size}, 256 KiB in
 * platform-kit's defaults: an order with a hundred lines is under 20 KiB) is answered 413 as problem+json before its
 * body is read. A chunked body without a length that grows past the limit is cut off by Quarkus itself, with a bare
 * 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before every other route, so that nothing reads the body first. */
    private static final int FIRST = -1000;

    private final long limit;
    private final String tooLarge;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper mapper)
            throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.tooLarge = mapper.writeValueAsString(new Problem(java.net.URI.create("about:blank"),
                "Content Too Large", 413, "the request body is larger than the " + this.limit
                        + " bytes this API takes", null, java.util.List.of()));
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredLength(length) > limit) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(tooLarge);
                return;
            }
            context.next();
        });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // not a length: no body of unknown size is let in on its word
        }
    }
}
