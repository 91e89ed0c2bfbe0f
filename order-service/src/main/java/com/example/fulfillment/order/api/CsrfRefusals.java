package com.example.fulfillment.order.api;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import com.example.fulfillment.problem.Problem;
import com.example.fulfillment.problem.ProblemResponses;

/**
 * quarkus-rest-csrf refuses a form without the page's token (or with another one) with a bare 400: this gives
 * that refusal the problem+json every other error has, saying what to do.
 */
@Provider
public class CsrfRefusals implements ContainerResponseFilter {

    static final String DETAIL = "the form's CSRF token is missing or does not match the page it came from: open "
            + "the ops page again and submit the form from there";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())
                && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            Object problem = ProblemResponses.respond(400, "Bad Request", DETAIL,
                    request.getUriInfo().getPath(), List.of(new Problem.Violation("csrf-token", "must be the page's")))
                    .getEntity();
            response.setEntity(problem, null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }
}
