package com.example.fulfillment.deadletter;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import com.example.fulfillment.edge.Caller;
import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.eventbus.parking.ParkedEventActions;
import com.example.fulfillment.eventbus.parking.ParkedEventOutcome;

/** Every service's dead letters, for ops: read them, and retry them once their cause is fixed, or discard them. */
@RolesAllowed(Roles.OPS)
@Path("/dead-letters")
@Tag(name = "Dead letters", description = "saga events this service could not process, and the events parked behind them")
public class DeadLetterResource {

    private static final Logger LOG = Logger.getLogger(DeadLetterResource.class);

    private final DeadLetterTopic deadLetters;
    private final ParkedEventActions parkedEvents;
    private final Caller caller;

    DeadLetterResource(DeadLetterTopic deadLetters, ParkedEventActions parkedEvents, Caller caller) {
        this.deadLetters = deadLetters;
        this.parkedEvents = parkedEvents;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The newest dead letters with their reasons, how many wait for a retry, and the events "
            + "parked now with their attempts and next attempt")
    public DeadLetterListing list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(limit);
    }

    @POST
    @Path("/retry")
    @Operation(summary = "Hand every pending dead letter to this service's handlers once more",
            description = "Those that fail again go back on the dead-letter topic with their new reason and wait "
                    + "for the next retry. Handlers are idempotent: retrying an event that meanwhile took effect "
                    + "changes nothing.")
    public RetryReport retry() {
        LOG.infof("%s retries the pending dead letters", caller.name());
        return deadLetters.retryPending();
    }

    @POST
    @Path("/{eventId}/retry")
    @Operation(summary = "Try one parked event again now; if it passes, the later events of its order follow in order",
            description = "404 if no such event was parked here, 409 if it was released or discarded already or if "
                    + "it waits behind another parked event of its order (retry or discard that one).")
    public ParkedEventOutcome retryOne(@PathParam("eventId") UUID eventId) {
        LOG.infof("%s retries parked event %s", caller.name(), eventId);
        return parkedEvents.retry(eventId);
    }

    @POST
    @Path("/{eventId}/discard")
    @Operation(summary = "Decide that one parked event shall not take effect here",
            description = "If it was first in its order's line, the later events of the order follow in order. "
                    + "Who discarded it is recorded from the caller's token. "
                    + "404 if no such event was parked here, 409 if it was released or discarded already.")
    public ParkedEventOutcome discard(@PathParam("eventId") UUID eventId) {
        return parkedEvents.discard(eventId, caller.name());
    }
}
