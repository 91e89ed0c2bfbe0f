package com.example.fulfillment.shipping.api;

import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.problem.ProblemException;
import com.example.fulfillment.shipping.domain.Shipment;
import com.example.fulfillment.shipping.domain.ShipmentService;
import com.example.fulfillment.shipping.domain.ShippingLabel;

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

    @GET
    @Path("/{orderId}/label.pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(summary = "The current label as the carrier platform sold it, for an office printer")
    @APIResponse(responseCode = "200", description = "The label's PDF, byte for byte")
    @APIResponse(responseCode = "404", description = "No label bought from the carrier platform for this order")
    public Response labelPdf(@PathParam("orderId") String orderId) {
        return labelFile(orderId, ShippingLabel::getLabelPdf, "application/pdf", "pdf");
    }

    @GET
    @Path("/{orderId}/label.zpl")
    @Produces("application/zpl")
    @Transactional
    @Operation(summary = "The current label in ZPL, for the packing stations' thermal printers")
    @APIResponse(responseCode = "200", description = "The label's ZPL, byte for byte")
    @APIResponse(responseCode = "404", description = "No ZPL label bought from the carrier platform for this order")
    public Response labelZpl(@PathParam("orderId") String orderId) {
        return labelFile(orderId, ShippingLabel::getLabelZpl, "application/zpl", "zpl");
    }

    @GET
    @Path("/{orderId}/packing-slip.pdf")
    @Produces("application/pdf")
    @Transactional
    @Operation(summary = "The packing slip as printed for the box, the same bytes the order's dossier files")
    @APIResponse(responseCode = "200", description = "The packing slip's PDF, byte for byte")
    @APIResponse(responseCode = "404", description = "The order is not packed yet, or was packed before slips "
            + "were printed as PDF")
    public Response packingSlipPdf(@PathParam("orderId") String orderId) {
        Shipment shipment = shipments.find(orderId)
                .orElseThrow(() -> ProblemException.notFound("shipment of order", orderId));
        byte[] pdf = shipment.getParcel() == null ? null : shipment.getParcel().getPackingSlipPdf();
        if (pdf == null) {
            throw ProblemException.notFound("packing slip of order", orderId);
        }
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "inline; filename=\"packing-slip-" + shipment.getParcel().getPackageId() + ".pdf\"").build();
    }

    private Response labelFile(String orderId, Function<ShippingLabel, byte[]> file, String mediaType,
            String extension) {
        Shipment shipment = shipments.find(orderId)
                .orElseThrow(() -> ProblemException.notFound("shipment of order", orderId));
        ShippingLabel label = shipment.getLabel();
        byte[] bytes = label == null ? null : file.apply(label);
        if (bytes == null) {
            throw ProblemException.notFound("label file of order", orderId + " (" + extension + ")");
        }
        return Response.ok(bytes, mediaType).header("Content-Disposition",
                "inline; filename=\"label-" + label.getTrackingNumber() + "." + extension + "\"").build();
    }
}
