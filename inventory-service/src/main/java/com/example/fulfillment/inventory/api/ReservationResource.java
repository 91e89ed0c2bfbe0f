package com.example.fulfillment.inventory.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.inventory.domain.AllocationService;
import com.example.fulfillment.problem.ProblemException;

@RolesAllowed({Roles.OPS, Roles.WAREHOUSE})
@Path("/reservations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reservations")
public class ReservationResource {

    private final AllocationService allocation;

    ReservationResource(AllocationService allocation) {
        this.allocation = allocation;
    }

    @GET
    @Operation(summary = "An order's reservations, one per sku and shipment round, by round and sku",
            description = "Each HELD, RELEASED, SHIPPED or RETURNED; round 1 is the order's shipment, later rounds "
                    + "its reshipments.")
    @APIResponse(responseCode = "200", description = "the reservations, empty if none")
    @APIResponse(responseCode = "400", description = "orderId missing")
    public List<ReservationView> ofOrder(@QueryParam("orderId") String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw ProblemException.invalidField("orderId", "must not be blank");
        }
        return allocation.reservationsOf(orderId).stream().map(ReservationView::of).toList();
    }
}
