package com.example.fulfillment.deadletter;

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

import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.edge.Caller;
import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.eventbus.OutboxRows.Backlog;
import com.example.fulfillment.eventbus.OutboxRows;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The events this service could not hand to the broker because it refused them for good (too large, an invalid
 * topic): ops read them with the broker's answer and, once the cause is fixed, put one back in line. There is no
 * discard: an event the service recorded as having happened must reach the others, or its order would stop there.
 */
@RolesAllowed(Roles.OPS)
@Path("/outbox/set-aside")
@Tag(name = "Dead letters", description = "saga events this service could not process, and the events parked behind them")
public class SetAsideEventResource {

    private static final Logger LOG = Logger.getLogger(SetAsideEventResource.class);

    public record SetAsideListing(long setAside, long heldBehind, java.util.List<OutboxRows.SetAside> first) {
    }

    public record PutBackInLine(long seq, long laterEventsFollowing) {
    }

    private final OutboxRows rows;
    private final Caller caller;

    SetAsideEventResource(OutboxRows rows, Caller caller) {
        this.rows = rows;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The outbox events set aside because the broker refused them for good, oldest first, with "
            + "the broker's answer and how many later events of their order wait behind each")
    public SetAsideListing list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        Backlog backlog = QuarkusTransaction.requiringNew().call(() -> rows.backlogListing(limit));
        return new SetAsideListing(backlog.setAside(), backlog.held(), backlog.firstSetAside());
    }

    @POST
    @Path("/{seq}/retry")
    @Operation(summary = "Put one set-aside event back in line once its cause is fixed; the later events of its "
            + "order follow it", description = "404 if no event with that outbox seq is set aside here.")
    public PutBackInLine retry(@PathParam("seq") long seq) {
        long following = QuarkusTransaction.requiringNew().call(() -> rows.putBackInLine(seq));
        if (following < 0) {
            throw new NotFound("no event with outbox seq " + seq + " is set aside here");
        }
        LOG.infof("outbox seq %d put back in line by %s; %d later event(s) of its order follow it", seq, caller.name(),
                following);
        return new PutBackInLine(seq, following);
    }
}
