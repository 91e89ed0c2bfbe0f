package com.example.fulfillment.order.api;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.example.fulfillment.problem.Problem;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A body that does not fit the request's types (an unknown shipping method, text for a number). quarkus-rest's own
 * mapper for this exception is more specific than platform-kit's JsonProcessingException mapper and would answer
 * without problem+json, so this one names the field in the same shape.
 */
public class JsonInputProblems {

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        Problem body = new Problem(URI.create("about:blank"), "Bad Request",
                400, "the request body is not valid JSON for this resource", uri.getPath(),
                field.isEmpty() ? List.of() : List.of(new Problem.Violation(field, e.getOriginalMessage())));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
