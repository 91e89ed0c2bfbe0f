package com.example.fulfillment.order.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.edge.Caller;
import com.example.fulfillment.edge.Paging;
import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.order.domain.OrderService;
import com.example.fulfillment.order.domain.OrderStatus;

/** The views are built inside the changing transaction, where the order's timeline can still be loaded. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    /** Matches no order: a customer token without an e-mail address owns nothing. */
    private static final String NO_EMAIL = "\u0000no e-mail in token";

    private final OrderService orders;
    private final Caller caller;

    OrderResource(OrderService orders, Caller caller) {
        this.orders = orders;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Place an order", description = "With an Idempotency-Key, repeating the same request "
            + "answers the order it first created (200 instead of 201); the key with another body is refused (422).")
    @APIResponse(responseCode = "201", description = "Order received")
    @APIResponse(responseCode = "200", description = "Same Idempotency-Key and body as an earlier request: that order")
    @APIResponse(responseCode = "400", description = "Invalid fields, named in violations[].field")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with a different body")
    @APIResponse(responseCode = "503", description = "The saga has as many orders in hand as it takes at once "
            + "(orders.intake.max-backlog), or the database is away: send it again after Retry-After seconds, with "
            + "the same Idempotency-Key")
    @RolesAllowed(Roles.SHOP)
    public Response place(@Valid @NotNull PlaceOrderRequest request,
            @Parameter(description = "client-chosen key that makes retries safe")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Context UriInfo uri) {
        // no transaction here: placing runs its own, so that a twin request racing with the same key can be read
        OrderService.Placement placement = orders.place(request.toNewOrder(), idempotencyKey, caller.name());
        String id = placement.order().getId();
        URI location = uri.getBaseUriBuilder().path("orders").path(id).build();
        return Response.status(placement.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(location).entity(OrderView.of(orders.get(id))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An order with its status timeline")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @RolesAllowed({Roles.SHOP, Roles.OPS, Roles.CUSTOMER})
    public OrderView get(@PathParam("id") String id) {
        checkCustomerOwns(id);
        return OrderView.of(orders.get(id));
    }

    @GET
    @Operation(summary = "Orders, newest first", description = "Filter by status and by the customer's e-mail.")
    @APIResponse(responseCode = "400", description = "An unknown status, or page/size out of range")
    @RolesAllowed({Roles.SHOP, Roles.OPS, Roles.CUSTOMER})
    public Paging.Page<OrderSummary> list(
            @Parameter(schema = @Schema(implementation = OrderStatus.class)) @QueryParam("status") String status,
            @QueryParam("customer") String customer,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        // a customer's list is their own orders, whatever the query asks for
        String customerEmail = caller.isOnlyCustomer() ? caller.email().orElse(NO_EMAIL) : customer;
        return Paging.Page.of(orders.search(QueryParameters.parse(OrderStatus.class, status, "status"),
                customerEmail, page, size), OrderSummary::of);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an order that has not shipped yet")
    @APIResponse(responseCode = "200", description = "Cancelled; every service is told to undo its part")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "Already shipped, completed or cancelled")
    @Transactional
    @RolesAllowed({Roles.SHOP, Roles.OPS, Roles.CUSTOMER})
    public OrderView cancel(@PathParam("id") String id, @Valid CancelRequest request) {
        checkCustomerOwns(id);
        String reason = request == null ? new CancelRequest(null).reasonOrDefault() : request.reasonOrDefault();
        return OrderView.of(orders.cancel(id, reason, caller.name()));
    }

    @POST
    @Path("{id}/delivery-confirmation")
    @Operation(summary = "The customer confirms the delivery", description = "GOOD completes the order and files "
            + "its documents (200); any other condition moves the order to DELIVERY_ISSUE for ops to reship or "
            + "refund, and announces DeliveryIssueReported (202).")
    @APIResponse(responseCode = "200", description = "Order completed")
    @APIResponse(responseCode = "202", description = "Delivery issue reported: the order is DELIVERY_ISSUE")
    @APIResponse(responseCode = "409", description = "The order is not shipped or delivered")
    @Transactional
    @RolesAllowed({Roles.SHOP, Roles.CUSTOMER})
    public Response confirmDelivery(@PathParam("id") String id, @Valid @NotNull DeliveryConfirmationRequest request) {
        checkCustomerOwns(id);
        boolean completed = orders.confirmDelivery(id, request.condition(), request.comment(), caller.name());
        return Response.status(completed ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(OrderView.of(orders.get(id))).build();
    }

    @POST
    @Path("{id}/stock-choice")
    @Operation(summary = "The customer decides about short stock", description = "Only while the order is "
            + "AWAITING_STOCK. WAIT keeps it waiting for the restock; ALTERNATIVE replaces short lines by alternatives "
            + "offered in the order's shortages (same quantity), announces OrderAmended and has availability verified "
            + "again; CANCEL cancels the order.")
    @APIResponse(responseCode = "200", description = "Choice taken; the order as it is now")
    @APIResponse(responseCode = "400", description = "Invalid choice or replacement, named in violations[].field "
            + "(replacements[i].sku, replacements[i].alternativeSku)")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "The order does not await stock")
    @Transactional
    @RolesAllowed({Roles.SHOP, Roles.CUSTOMER})
    public OrderView chooseForShortStock(@PathParam("id") String id, @Valid @NotNull StockChoiceRequest request) {
        checkCustomerOwns(id);
        return OrderView.of(orders.chooseForShortStock(id, request.choice(), request.lineReplacements(),
                caller.name()));
    }

    @POST
    @Path("{id}/reship")
    @Operation(summary = "Ops send the order again", description = "Only after a failed delivery or a delivery "
            + "issue. The order moves to RESHIPPING and announces ReshipmentRequested; the replacement is packed, "
            + "labelled (new tracking number), transported and approved at the Shipment Details gate again.")
    @APIResponse(responseCode = "200", description = "Reshipment requested: the order is RESHIPPING")
        @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "The order is not DELIVERY_FAILED or DELIVERY_ISSUE")
    @Transactional
    @RolesAllowed(Roles.OPS)
    public OrderView reship(@PathParam("id") String id, @Valid @NotNull OpsDecisionRequest request) {
        return OrderView.of(orders.reship(id, caller.name(), request.reason()));
    }

    @POST
    @Path("{id}/refund")
    @Operation(summary = "Ops refund the order", description = "Only after a failed delivery or a delivery issue. "
            + "The order moves to REFUNDED and announces OrderRefunded; once billing issued the credit note, the "
            + "order's refund shows it.")
    @APIResponse(responseCode = "200", description = "Refund requested: the order is REFUNDED")
        @APIResponse(responseCode = "404", description = "Unknown order")
    @APIResponse(responseCode = "409", description = "The order is not DELIVERY_FAILED or DELIVERY_ISSUE")
    @Transactional
    @RolesAllowed(Roles.OPS)
    public OrderView refund(@PathParam("id") String id, @Valid @NotNull OpsDecisionRequest request) {
        return OrderView.of(orders.refund(id, caller.name(), request.reason()));
    }

    @GET
    @Path("{id}/documents")
    @Operation(summary = "The filed dossier", description = "Empty until the order ends (completed, cancelled or "
            + "refunded). Each document names its href, where its exact bytes are; text papers show their content.")
    @APIResponse(responseCode = "404", description = "Unknown order")
    @RolesAllowed({Roles.SHOP, Roles.OPS, Roles.CUSTOMER})
    public List<DocumentView> documents(@PathParam("id") String id) {
        checkCustomerOwns(id);
        return orders.documents(id).stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "One filed document, as its exact bytes", description = "In its own media type (the "
            + "invoice and the credit note as billing's PDF, the label as shipping made it), named in "
            + "Content-Disposition after its title, e.g. invoice-INV-2026-000042.pdf.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "404", description = "Unknown order, or no filed document of it with this id")
    @RolesAllowed({Roles.SHOP, Roles.OPS, Roles.CUSTOMER})
    public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        checkCustomerOwns(id);
        return DocumentFiles.download(orders.document(id, documentId));
    }

    @GET
    @Path("{id}/documents.zip")
    @Produces(DocumentFiles.APPLICATION_ZIP)
    @Operation(summary = "The whole filed dossier as one zip archive", description = "Every filed document under "
            + "the file name its own download has, in the dossier's order.")
    @APIResponse(responseCode = "200", description = "The archive")
    @APIResponse(responseCode = "404", description = "Unknown order, or nothing filed yet")
    @RolesAllowed({Roles.SHOP, Roles.OPS, Roles.CUSTOMER})
    public Response documentsArchive(@PathParam("id") String id) {
        checkCustomerOwns(id);
        return DocumentFiles.archive(id, orders.documents(id));
    }

    /**
     * A customer sees and changes only their own orders; someone else's is answered as unknown (404), so that order
     * ids cannot be probed. Checked without reading the order into this request's persistence context, where it
     * would stand in front of the change's own locked read.
     */
    private void checkCustomerOwns(String id) {
        if (caller.isOnlyCustomer() && !orders.isCustomerOf(id, caller.email().orElse(null))) {
            throw new NotFound("order", id);
        }
    }
}
