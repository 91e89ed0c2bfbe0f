package com.example.fulfillment.shipping.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.example.fulfillment.events.model.TrackingStatus;
import com.example.fulfillment.shipping.domain.TrackingOutcome;
import com.example.fulfillment.shipping.domain.TrackingService;
import com.example.fulfillment.shipping.domain.UnmatchedTrackingUpdate;

@Path("/carriers")
public class CarrierWebhookResource {

    private final CarrierWebhookAdapters adapters;
    private final TrackingService tracking;

    CarrierWebhookResource(CarrierWebhookAdapters adapters, TrackingService tracking) {
        this.adapters = adapters;
        this.tracking = tracking;
    }

    public record Acknowledgement(List<Outcome> updates) {
    }

    public record Outcome(String trackingNumber, TrackingOutcome outcome, String trackingUpdateId) {
    }

    public record UnmatchedUpdate(String id, String carrier, String trackingNumber, TrackingStatus status,
            Instant occurredAt, String eventId, Instant receivedAt) {

        static UnmatchedUpdate of(UnmatchedTrackingUpdate update) {
            return new UnmatchedUpdate(update.id.toString(), update.carrier, update.trackingNumber, update.status,
                    update.occurredAt, update.carrierEventId, update.receivedAt);
        }
    }

    @POST
    @Path("/{carrier}/webhooks")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a carrier's tracking update",
            description = "The body's format depends on the carrier platform; carriers without an adapter post our"
                    + " plain format. Duplicates, stale updates and unknown tracking numbers are acknowledged too.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlainTrackingUpdate.class)))
    @APIResponse(responseCode = "202", description = "Taken; each update's outcome is listed")
    @APIResponse(responseCode = "400", description = "The body cannot be read; the problem names the field")
    public Response receive(@PathParam("carrier") String carrier, @Context HttpHeaders headers, String body) {
        Map<String, List<String>> headerMap = headers.getRequestHeaders();
        var updates = adapters.forCarrier(carrier).parse(carrier, headerMap, body);
        var outcomes = tracking.record(updates).stream()
                .map(result -> new Outcome(result.trackingNumber(), result.outcome(), result.trackingUpdateId()))
                .toList();
        return Response.accepted(new Acknowledgement(outcomes)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/unmatched-updates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Carrier updates for tracking numbers we do not know, newest first (for ops)")
    public List<UnmatchedUpdate> unmatched(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return tracking.unmatched(limit).stream().map(UnmatchedUpdate::of).toList();
    }
}
