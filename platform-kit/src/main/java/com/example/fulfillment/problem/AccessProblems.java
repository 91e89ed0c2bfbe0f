package com.example.fulfillment.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * No token, a token that does not hold (expired, forged, from another issuer): 401; a token without the role the
 * endpoint needs: 403. Both as problem+json. A 401 keeps the challenge of the mechanism that asked for the
 * credentials, so a program is told "WWW-Authenticate: Bearer" and a person on the ops page is sent to the login.
 */
public class AccessProblems {

    private static final String UNAUTHENTICATED = "this request needs an access token of the platform's OIDC provider "
            + "in an Authorization: Bearer header (deploy/token.sh prints one for each demo identity)";
    private static final String INVALID_TOKEN = "the access token was refused: it is expired, malformed or not "
            + "signed by the platform's OIDC provider";
    private static final String FORBIDDEN = "your token does not carry a role that may do this";

    @ServerExceptionMapper
    public Uni<Response> unauthenticated(UnauthorizedException e, RoutingContext context, UriInfo uri) {
        return challenged(context, uri, UNAUTHENTICATED);
    }

    @ServerExceptionMapper
    public Uni<Response> refusedToken(AuthenticationFailedException e, RoutingContext context, UriInfo uri) {
        return challenged(context, uri, INVALID_TOKEN);
    }

    @ServerExceptionMapper
    public Response loginNotCompleted(AuthenticationCompletionException e, UriInfo uri) {
        return ProblemResponses.respond(401, "Unauthorized", "the login did not complete; start again", uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.respond(403, "Forbidden", FORBIDDEN, uri, List.of());
    }

    private static Uni<Response> challenged(RoutingContext context, UriInfo uri, String detail) {
        HttpAuthenticator authenticator = context == null ? null : context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(unauthorized(uri, detail, null));
        }
        return authenticator.getChallenge(context).onItem().transform(challenge -> {
            if (challenge == null || challenge.status == 401) {
                return unauthorized(uri, detail, challenge);
            }
            // a login page to go to (the ops page's authorization-code flow): the browser follows it
            Response.ResponseBuilder redirect = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
            return redirect.build();
        });
    }

    private static Response unauthorized(UriInfo uri, String detail, ChallengeData challenge) {
        Response.ResponseBuilder problem = Response.fromResponse(
                ProblemResponses.respond(401, "Unauthorized", detail, uri, List.of()));
        if (challenge == null || challenge.getHeaders().isEmpty()) {
            return problem.header("WWW-Authenticate", "Bearer").build();
        }
        challenge.getHeaders().forEach((name, value) -> problem.header(name.toString(), value));
        return problem.build();
    }
}
