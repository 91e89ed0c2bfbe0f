package com.example.fulfillment.problem;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.example.fulfillment.domain.Busy;
import com.example.fulfillment.domain.Conflict;
import com.example.fulfillment.domain.DomainRefusal;
import com.example.fulfillment.domain.InvalidInput;
import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.domain.NotPossible;
import com.example.fulfillment.failure.TransientFailures;

/** Every error of every service's REST API as RFC 9457 problem+json, with the fields at fault. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static final String UNAVAILABLE_DETAIL = "the service is temporarily unable to reach what it depends on (its "
            + "database or message broker); repeat the request after the Retry-After delay, with the same "
            + "Idempotency-Key where the request takes one, so that it takes effect once";

    /** How long a client is asked to wait before repeating a request that met an outage (Retry-After, seconds). */
    @ConfigProperty(name = "fulfillment.http.unavailable-retry-after", defaultValue = "5s")
    Duration unavailableRetryAfter;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.violations());
    }

    /** The domain names the kind of refusal; this is the one place that turns each kind into a status. */
    @ServerExceptionMapper
    public Response refused(DomainRefusal e, UriInfo uri) {
        if (e instanceof InvalidInput invalid) {
            return respond(400, "Bad Request", "the request has invalid fields", uri, invalid.errors().stream()
                    .map(error -> new Problem.Violation(error.field(), error.message())).toList());
        }
        if (e instanceof NotFound) {
            return respond(404, "Not Found", e.getMessage(), uri, List.of());
        }
        if (e instanceof Conflict) {
            return respond(409, "Conflict", e.getMessage(), uri, List.of());
        }
        if (e instanceof NotPossible) {
            return respond(422, "Unprocessable Content", e.getMessage(), uri, List.of());
        }
        if (e instanceof Busy busy) {
            return Response.fromResponse(respond(503, "Service Unavailable", e.getMessage(), uri, List.of()))
                    .header("Retry-After", Math.max(1, busy.retryAfter().toSeconds())).build();
        }
        throw new IllegalStateException("unmapped refusal " + e.getClass().getName(), e);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(400, "Bad Request", "the request has invalid fields", uri, violations);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            return JsonInputProblems.answer(unreadable, uri); // quarkus-rest's 400 for a body it could not parse
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), uri, List.of());
    }

    /**
     * A database or broker that is away for a while is not a bug: the client is told to come back (503 with
     * Retry-After) instead of receiving a 500 it cannot tell from one. Anything else is a bug and logged as one.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            return unavailable(e, uri);
        }
        LOG.error("unexpected error on " + uri.getPath(), e);
        return respond(500, "Internal Server Error", "the server could not complete the request", uri, List.of());
    }

    private Response unavailable(RuntimeException e, UriInfo uri) {
        // one line, no stack trace: during an outage every request fails this way, and the cause is what matters
        LOG.warnf("%s answered 503 Service Unavailable: %s", uri == null ? "a request" : uri.getPath(),
                rootCauseOf(e));
        long seconds = Math.max(1, unavailableRetryAfter.toSeconds());
        return Response.fromResponse(respond(503, "Service Unavailable", UNAVAILABLE_DETAIL, uri, List.of()))
                .header("Retry-After", seconds).build();
    }

    private static String rootCauseOf(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure) : failure.getClass().getSimpleName() + " caused by " + root;
    }

    private static Response respond(int status, String title, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        return ProblemResponses.respond(status, title, detail, uri, violations);
    }

    /** "placeOrder.request.lines[0].quantity" becomes "lines[0].quantity": the path inside the request body. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        boolean bodyReached = false;
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                bodyReached = true;
                continue;
            }
            if (!bodyReached && node.getKind() != ElementKind.PROPERTY) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        if (field.length() == 0 && !nodes.isEmpty()) {
            return nodes.get(nodes.size() - 1).getName();
        }
        return field.toString();
    }
}
