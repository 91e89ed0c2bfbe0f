package com.example.fulfillment.order.api;

import java.net.URI;
import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.order.domain.OrderService;

/** The views are built inside the changing transaction, where the order's timeline can still be loaded. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    private final OrderService orders;

    OrderResource(OrderService orders) {
        this.orders = orders;
    }

    @POST
    @Operation(summary = "Place an order", description = "With an Idempotency-Key, repeating the same request "
            + "answers the order it first created (200 instead of 201); the key with another body is refused (422).")
    @APIResponse(responseCode = "201", description = "Order received")
    @APIResponse(responseCode = "200", description = "Same Idempotency-Key and body as an earlier request: that order")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations[].field")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with a different body")
    @Transactional
    public Response place(@Valid @NotNull PlaceOrderRequest request,
            @Parameter(description = "client-chosen key that makes retries safe")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Context UriInfo uri) {
        OrderService.Placement placement = orders.place(request.toNewOrder(), idempotencyKey);
        URI location = uri.getBaseUriBuilder().path("orders").path(placement.order().getId()).build();
        return Response.status(placement.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(location).entity(OrderView.of(placement.order())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An order with its status timeline")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "Unknown order")
    public OrderView get(@PathParam("id") String id) {
        return OrderView.of(orders.get(id));
    }

    @GET
    @Operation(summary = "Orders, newest first", description = "Filter by status and by the customer's e-mail.")
    public OrderSummary.Page list(@QueryParam("status") OrderStatus status, @QueryParam("customer") String customer,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var query = orders.search(status, customer, page, size);
        return new OrderSummary.Page(page, size, query.count(), query.list().stream().map(OrderSummary::of).toList());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an order that has not shipped yet")
    @APIResponse(responseCode = "200", description = "Cancelled; every service is told to undo its part")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "Already shipped, completed or cancelled")
    @Transactional
    public OrderView cancel(@PathParam("id") String id, @Valid CancelRequest request) {
        String reason = request == null ? new CancelRequest(null).reasonOrDefault() : request.reasonOrDefault();
        return OrderView.of(orders.cancel(id, reason));
    }

    @POST
    @Path("{id}/delivery-confirmation")
    @Operation(summary = "The customer confirms the delivery", description = "GOOD completes the order and files "
            + "its documents (200); any other condition is recorded as a delivery issue and the order stays open (202).")
    @APIResponse(responseCode = "200", description = "Order completed")
    @APIResponse(responseCode = "202", description = "Delivery issue recorded")
    @APIResponse(responseCode = "409", description = "The order is not shipped or delivered")
    @Transactional
    public Response confirmDelivery(@PathParam("id") String id, @Valid @NotNull DeliveryConfirmationRequest request) {
        boolean completed = orders.confirmDelivery(id, request.condition(), request.comment());
        return Response.status(completed ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(OrderView.of(orders.get(id))).build();
    }

    @GET
    @Path("{id}/documents")
    @Operation(summary = "The filed dossier", description = "Empty until the order completes.")
    @APIResponse(responseCode = "404", description = "Unknown order")
    public List<DocumentView> documents(@PathParam("id") String id) {
        return orders.documents(id).stream().map(DocumentView::of).toList();
    }
}
