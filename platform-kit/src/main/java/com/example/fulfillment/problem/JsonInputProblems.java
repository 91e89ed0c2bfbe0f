package com.example.fulfillment.problem;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.example.fulfillment.edge.StrictJson;
import com.example.fulfillment.edge.TextRules;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

/**
 * A body that is not JSON, or not JSON of this resource's shape, as problem+json naming the field and what it must
 * be, in the API's words: Jackson's own messages name Java classes and are not for clients. The priority puts these
 * before quarkus-rest's built-in mappers for the same exceptions, which answer without problem+json.
 */
public class JsonInputProblems {

    private static final Logger LOG = Logger.getLogger(JsonInputProblems.class);
    private static final Set<String> BODILESS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String NOT_THIS_SHAPE = "the request body is not valid JSON for this resource";
    private static final String OUT_OF_RANGE = "is a number out of the range this field takes";

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return answer(e, uri);
    }

    /**
     * Jackson fails the same way reading a request and writing an answer. Writing (its processor is a generator,
     * or the request had no body to read) is the server's fault, a 500 logged as a bug, never the client's 400.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadable(JsonProcessingException e, UriInfo uri, Request request) {
        if (e.getProcessor() instanceof JsonGenerator || BODILESS.contains(request.getMethod())) {
            LOG.error("could not write the answer to " + request.getMethod() + " " + uri.getPath(), e);
            return ProblemResponses.respond(500, "Internal Server Error", "the server could not write its answer",
                    uri, List.of());
        }
        return answer(e, uri);
    }

    /** Also for quarkus-rest's 400 that wraps a body it could not parse (ProblemMappers unwraps it). */
    static Response answer(JsonProcessingException e, UriInfo uri) {
        if (e instanceof MismatchedInputException mismatched) {
            String field = pathOf(mismatched);
            return ProblemResponses.badRequest(NOT_THIS_SHAPE, uri, List.of(
                    new Problem.Violation(field.isEmpty() ? "(body)" : field, expectation(mismatched))));
        }
        if (e instanceof InputCoercionException outOfRange) {
            return ProblemResponses.badRequest(NOT_THIS_SHAPE, uri, List.of(new Problem.Violation(
                    fieldBeingRead(outOfRange), OUT_OF_RANGE)));
        }
        if (e instanceof JsonMappingException mapping && !pathOf(mapping).isEmpty()) {
            return ProblemResponses.badRequest(NOT_THIS_SHAPE, uri, List.of(new Problem.Violation(pathOf(mapping),
                    mapping.getCause() instanceof InputCoercionException ? OUT_OF_RANGE : "is not valid here")));
        }
        return ProblemResponses.badRequest(syntaxProblem(e), uri, List.of());
    }

    private static String syntaxProblem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "the request body is nested more deeply than " + StrictJson.MAX_NESTING_DEPTH
                    + " levels, or holds a text or number longer than this API takes";
        }
        String where = where(e.getLocation());
        if (e instanceof JsonEOFException) {
            return "the request body is not valid JSON: it ends too early" + where;
        }
        return "the request body is not valid JSON" + where;
    }

    /** The name of the field the parser was in when it gave up, as far as it knows. */
    private static String fieldBeingRead(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser != null && parser.getParsingContext() != null) {
            String name = parser.getParsingContext().getCurrentName();
            if (name != null) {
                return name;
            }
        }
        return "(body)";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** What the field must be, from the type it was to be read into. */
    static String expectation(MismatchedInputException e) {
        if (e instanceof PropertyBindingException unknown) {
            return "is not a field of this resource" + known(unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException format && TextRules.CONTROL_CHARACTER.equals(reasonOf(format))) {
            return TextRules.CONTROL_CHARACTER;
        }
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "is missing or of the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class
                || target == short.class || target == Short.class) {
            return "must be a whole number (a JSON number without a fraction)";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "must be a number (a JSON number, not text)";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "must be true or false";
        }
        if (target == String.class || CharSequence.class.isAssignableFrom(target)) {
            return "must be text";
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date, as YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be a timestamp in ISO 8601, e.g. 2026-12-01T10:00:00Z";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || !target.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "is of the wrong type";
    }

    private static String reasonOf(InvalidFormatException e) {
        String message = e.getOriginalMessage();
        return message != null && message.endsWith(TextRules.CONTROL_CHARACTER) ? TextRules.CONTROL_CHARACTER : message;
    }

    private static String known(Collection<Object> fields) {
        return fields == null || fields.isEmpty() ? ""
                : "; its fields are " + fields.stream().map(String::valueOf).sorted()
                        .collect(Collectors.joining(", "));
    }

    /** "lines[0].quantity": the path inside the request body. */
    static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
