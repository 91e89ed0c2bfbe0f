package com.example.fulfillment.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every service's dead letters, for ops: read them, and retry them once their cause is fixed. */
@Path("/dead-letters")
@Tag(name = "Dead letters", description = "saga events this service could not process")
public class DeadLetterResource {

    private final DeadLetterTopic deadLetters;

    DeadLetterResource(DeadLetterTopic deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "The newest dead letters with their reasons, and how many wait for a retry")
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
        return deadLetters.retryPending();
    }
}
