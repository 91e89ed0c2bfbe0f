package com.example.fulfillment.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds the one shape of every error answer: problem+json with the request's path as its instance. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response respond(int status, String title, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        return respond(status, title, detail, uri == null ? null : uri.getPath(), violations);
    }

    public static Response respond(int status, String title, String detail, String path,
            List<Problem.Violation> violations) {
        Problem body = new Problem(URI.create("about:blank"), title, status, detail, path, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    public static Response badRequest(String detail, UriInfo uri, List<Problem.Violation> violations) {
        return respond(400, "Bad Request", detail, uri, violations);
    }
}
