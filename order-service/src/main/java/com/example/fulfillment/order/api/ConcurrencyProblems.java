package com.example.fulfillment.order.api;

import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.example.fulfillment.problem.ProblemResponses;

/**
 * A change guarded by ConcurrentChanges turns a lost race for an order into a Conflict (409); this catches a stale
 * version that surfaces outside those guarded changes, so that it still reads as "changed meanwhile, try again"
 * rather than platform-kit's 500.
 */
public class ConcurrencyProblems {

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return conflict(uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response stale(StaleStateException e, UriInfo uri) {
        return conflict(uri);
    }

    private static Response conflict(UriInfo uri) {
        return ProblemResponses.respond(409, "Conflict", "the resource changed while this request was handled: read it "
                + "again and repeat the request if it still applies", uri, List.of());
    }
}
