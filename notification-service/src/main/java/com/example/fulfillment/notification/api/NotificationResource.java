package com.example.fulfillment.notification.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.notification.persistence.NotificationRepository;
import com.example.fulfillment.problem.ProblemException;

@RolesAllowed({Roles.OPS, Roles.SHOP})
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationRepository notifications;

    NotificationResource(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(summary = "The messages sent (or being sent) to an order's customer, newest first")
    @APIResponse(responseCode = "200", description = "the order's notifications; empty if there are none")
    @APIResponse(responseCode = "400", description = "orderId is missing")
    public List<NotificationView> list(
            @Parameter(description = "the order whose notifications to list", required = true)
            @QueryParam("orderId") String orderId) {
        requireOrderId(orderId);
        return notifications.listByOrderNewestFirst(orderId).stream().map(NotificationView::of).toList();
    }

    @GET
    @Path("/portal")
    @Operation(summary = "The messages the customer reads on the shop's order page (the PORTAL channel), newest first",
            description = "Only messages on the portal channel, as the customer sees them: kind, subject, body and"
                    + " when they appeared. GET /notifications is the operators' view of every channel with its"
                    + " delivery state; this one leaves out recipients, attempts and errors.")
    @APIResponse(responseCode = "200", description = "the order's portal messages; empty if there are none")
    @APIResponse(responseCode = "400", description = "orderId is missing")
    public List<PortalMessageView> portal(
            @Parameter(description = "the order whose portal messages to list", required = true)
            @QueryParam("orderId") String orderId) {
        requireOrderId(orderId);
        return notifications.listPortalMessagesNewestFirst(orderId).stream().map(PortalMessageView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notification")
    @APIResponse(responseCode = "200", description = "the notification")
    @APIResponse(responseCode = "404", description = "no notification has this id")
    public NotificationView get(@PathParam("id") String id) {
        return parse(id).map(notifications::findById)
                .map(NotificationView::of)
                .orElseThrow(() -> ProblemException.notFound("notification", id));
    }

    private static void requireOrderId(String orderId) {
        // the history of every customer at once is nobody's use case and would grow without bound
        if (orderId == null || orderId.isBlank()) {
            throw ProblemException.invalidField("orderId", "must not be blank");
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
