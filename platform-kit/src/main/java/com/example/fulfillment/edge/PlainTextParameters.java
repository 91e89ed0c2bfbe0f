package com.example.fulfillment.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.example.fulfillment.problem.Problem;
import com.example.fulfillment.problem.ProblemResponses;

/**
 * Path segments and query parameters obey the same text rules as bodies ({@link TextRules}): an order id with a NUL
 * in it is refused here, naming the parameter, instead of reaching the database, which cannot store it.
 */
public class PlainTextParameters {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        List<Problem.Violation> violations = new ArrayList<>();
        if (!TextRules.isPlainText(uri.getPath())) {
            violations.add(new Problem.Violation("(path)", TextRules.CONTROL_CHARACTER));
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (!TextRules.isPlainText(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(value -> !TextRules.isPlainText(value))) {
                violations.add(new Problem.Violation(TextRules.isPlainText(parameter.getKey()) ? parameter.getKey()
                        : "(query)", TextRules.CONTROL_CHARACTER));
            }
        }
        if (violations.isEmpty()) {
            return Optional.empty();
        }
        // the path itself may hold the control character: it is not echoed back
        return Optional.of(ProblemResponses.respond(400, "Bad Request", "the request's path or query is invalid",
                (String) null, violations));
    }
}
