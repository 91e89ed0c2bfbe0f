package com.example.fulfillment.shipping.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.problem.ProblemException;
import com.example.fulfillment.shipping.domain.ShipmentService;

@RolesAllowed({Roles.OPS, Roles.SHOP, Roles.WAREHOUSE})
@Path("/shipments")
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    private final ShipmentService shipments;

    ShipmentResource(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @GET
    @Path("/{orderId}")
    // the view reads the shipment's items, materials and documents, which load lazily
    @Transactional
    @Operation(summary = "An order's shipment with its package, label, transport and status")
    @APIResponse(responseCode = "200", description = "The shipment")
    @APIResponse(responseCode = "404", description = "Shipping has not heard of this order")
    public ShipmentView get(@PathParam("orderId") String orderId) {
        return shipments.find(orderId).map(ShipmentView::of)
                .orElseThrow(() -> ProblemException.notFound("shipment of order", orderId));
    }
}
