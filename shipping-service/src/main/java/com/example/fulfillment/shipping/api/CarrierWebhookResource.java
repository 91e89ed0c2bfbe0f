package com.example.fulfillment.shipping.api;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.shipping.domain.TrackingOutcome;
import com.example.fulfillment.shipping.domain.TrackingResult;
import com.example.fulfillment.shipping.domain.TrackingService;
import com.example.fulfillment.shipping.domain.TrackingStatus;
import com.example.fulfillment.shipping.domain.TrackingUpdate;
import com.example.fulfillment.shipping.domain.UnmatchedTrackingUpdate;

@PermitAll
@Path("/carriers")
public class CarrierWebhookResource {

    /** PostgreSQL's SQLSTATE for a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

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
            return new UnmatchedUpdate(update.getId().toString(), update.getCarrier(), update.getTrackingNumber(),
                    update.getStatus(), update.getOccurredAt(), update.getCarrierEventId(), update.getReceivedAt());
        }
    }

    static final String WEBHOOK_DESCRIPTION = """
            Carriers' tracking updates, posted as the carrier platforms send them. The path segment {carrier} \
            selects the format and how its origin is verified; nothing of an unverified webhook is read or kept \
            (401 problem+json).

            * `easypost`: EasyPost's Event (description `tracker.updated`, result a Tracker), header \
            `X-Hmac-Signature: hmac-sha256-hex=<lowercase hex HMAC-SHA256 of the raw body>`, the key being the \
            secret normalized to Unicode NFKD in UTF-8. Other event descriptions are acknowledged and ignored.
            * `aftership`: AfterShip's `{event, event_id, msg, ts}`, header `aftership-hmac-sha256: <base64 \
            HMAC-SHA256 of the raw body>`.
            * `shippo`: Shippo's `{event: "track_updated", data}`, with the shop's secret token in the URL: \
            `/carriers/shippo/webhooks?token=<token>`.
            * any other carrier (`dhl`, `ups`, `courier`, ...): our plain format below, header \
            `X-Fulfillment-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body>`.

            The plain format: `trackingNumber` (required, up to 64 characters), `status` (required: PRE_TRANSIT, \
            IN_TRANSIT, OUT_FOR_DELIVERY, ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP, DELIVERED, DELIVERY_FAILED, \
            RETURNED_TO_SENDER, UNKNOWN), `description`, `location`, `occurredAt` (required, ISO-8601 instant), \
            `expectedDeliveryDate` (the carrier's current estimate, ISO-8601 date), `eventId` (the carrier's id of \
            the update: a re-sent update carries the same). Example:

                POST /carriers/dhl/webhooks
                Content-Type: application/json
                X-Fulfillment-Signature: sha256=5d1c...e0
                {"trackingNumber": "JJD000100000001", "status": "IN_TRANSIT", "description": "Departed hub",
                 "location": "Leipzig", "occurredAt": "2026-11-27T10:15:30Z", "eventId": "dhl-4711"}

            Every verified update is acknowledged (200 for the platforms, which retry anything else; 202 for the \
            plain format), each with its outcome: APPLIED (moved the shipment), \
            RECORDED (kept; late, behind, UNKNOWN, or about a replaced label), DUPLICATE (seen before), UNMATCHED \
            (no shipment has the number; kept for ops). A webhook that is not a tracking update gets an empty list.""";

    @POST
    @Path("/{carrier}/webhooks")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a carrier's tracking update", description = WEBHOOK_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlainTrackingUpdate.class)))
    @APIResponse(responseCode = "200", description = "Taken from a platform (easypost, aftership, shippo); each"
            + " update's outcome is listed")
    @APIResponse(responseCode = "202", description = "Taken in the plain format; each update's outcome is listed")
    @APIResponse(responseCode = "400", description = "The body cannot be read; the problem names the field")
    @APIResponse(responseCode = "401", description = "The signature or token is missing or wrong, or the platform"
            + " has no secret configured; nothing was kept")
    public Response receive(@PathParam("carrier") String carrier, @Context HttpHeaders headers,
            @Context UriInfo uri, byte[] body) {
        WebhookRequest request = new WebhookRequest(carrier, headers.getRequestHeaders(),
                uri.getQueryParameters(), body);
        CarrierWebhookAdapter adapter = adapters.forCarrier(carrier);
        // verified before a single byte is parsed: an unverified body may be crafted to hurt the parser
        adapter.verify(request);
        List<TrackingUpdate> updates = adapter.parse(request);
        var outcomes = recordOnce(updates).stream()
                .map(result -> new Outcome(result.trackingNumber(), result.outcome(), result.trackingUpdateId()))
                .toList();
        return Response.status(adapter.acknowledgedWith()).entity(new Acknowledgement(outcomes))
                .type(MediaType.APPLICATION_JSON).build();
    }

    /**
     * Platforms retry eagerly, so the same update can arrive twice at the same moment. The loser of that race
     * hits a unique index when it commits; recorded again, it finds the winner's row and is answered as a
     * duplicate instead of a 500 (which would make the platform retry yet again).
     */
    private List<TrackingResult> recordOnce(List<TrackingUpdate> updates) {
        try {
            return tracking.record(updates);
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return tracking.record(updates);
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @GET
    @Path("/unmatched-updates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Carrier updates for tracking numbers we do not know, newest first (for ops)")
    @RolesAllowed(Roles.OPS)
    public List<UnmatchedUpdate> unmatched(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return tracking.unmatched(limit).stream().map(UnmatchedUpdate::of).toList();
    }
}
