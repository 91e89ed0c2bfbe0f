package com.example.fulfillment.shipping.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.example.fulfillment.edge.Caller;
import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.problem.ProblemException;
import com.example.fulfillment.shipping.domain.ClosedManifest;
import com.example.fulfillment.shipping.domain.DailyManifest;

/** The warehouse's manifests: the day's closing by hand, the forms closed so far, and their PDFs for the driver. */
@RolesAllowed({Roles.WAREHOUSE, Roles.OPS})
@Path("/manifests")
@Produces(MediaType.APPLICATION_JSON)
public class ManifestResource {

    private final DailyManifest manifests;
    private final Caller caller;

    ManifestResource(DailyManifest manifests, Caller caller) {
        this.manifests = manifests;
        this.caller = caller;
    }

    public record ManifestView(String id, Instant closedAt, String closedBy, List<String> orderIds,
            List<String> trackingCodes, String pdf) {

        static ManifestView of(ClosedManifest manifest) {
            return new ManifestView(manifest.getId(), manifest.getClosedAt(), manifest.getClosedBy(),
                    List.copyOf(manifest.getOrderIds()), List.copyOf(manifest.getTrackingCodes()),
                    manifest.getPdf() == null ? null : "/manifests/" + manifest.getId() + ".pdf");
        }
    }

    public record Manifests(long waiting, List<ManifestView> latest) {
    }

    @POST
    @Operation(summary = "Close the manifest now", description = "Every approved parcel from the carrier platform "
            + "that is on no scan form yet goes on one, which the driver scans at the dock; from then on the carrier "
            + "takes them. Recorded under the caller's name. With handover.manifests=DAILY the schedule does this at "
            + "the configured time of day too.")
    @APIResponse(responseCode = "201", description = "The scan form, with the orders and tracking codes on it")
    @APIResponse(responseCode = "204", description = "No parcel was waiting for a manifest")
    @APIResponse(responseCode = "409", description = "The carrier platform refused the scan form; nothing changed")
    @APIResponse(responseCode = "503", description = "The carrier platform is unavailable; try again after "
            + "Retry-After, the parcels keep waiting")
    public Response close() {
        return manifests.close(caller.name()).map(ManifestView::of)
                .map(closed -> Response.created(URI.create("/manifests/" + closed.id())).entity(closed).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    // the views read the manifests' orders and tracking codes, which load lazily
    @Transactional
    @Operation(summary = "How many parcels wait for the manifest, and the manifests closed last, newest first")
    public Manifests list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return new Manifests(manifests.waiting(), manifests.latest(limit).stream().map(ManifestView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One closed manifest")
    @APIResponse(responseCode = "404", description = "No manifest with this id")
    public ManifestView get(@PathParam("id") String id) {
        return ManifestView.of(require(id));
    }

    @GET
    @Path("/{id}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The scan form as the carrier platform printed it, for the driver to sign")
    @APIResponse(responseCode = "404", description = "No manifest with this id, or the platform gave no PDF")
    public Response pdf(@PathParam("id") String id) {
        ClosedManifest manifest = require(id);
        if (manifest.getPdf() == null) {
            throw ProblemException.notFound("PDF of manifest", id);
        }
        return Response.ok(manifest.getPdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"manifest-" + id + ".pdf\"").build();
    }

    private ClosedManifest require(String id) {
        return manifests.find(id).orElseThrow(() -> ProblemException.notFound("manifest", id));
    }
}
