package com.example.fulfillment.shipping.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.example.fulfillment.problem.ProblemException;
import com.example.fulfillment.shipping.domain.TrackingService;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** The public tracking portal: JSON for apps, a page for people. */
@PermitAll
@Path("/tracking/{trackingNumber}")
public class TrackingResource {

    private final TrackingService tracking;
    private final Template trackingPage;

    TrackingResource(TrackingService tracking, @Location("trackingPage.html") Template trackingPage) {
        this.tracking = tracking;
        this.trackingPage = trackingPage;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where a parcel is, with its carrier's updates")
    @APIResponse(responseCode = "200", description = "The parcel's status and history")
    @APIResponse(responseCode = "404", description = "No parcel has this tracking number")
    public TrackingView track(@PathParam("trackingNumber") String trackingNumber) {
        return view(trackingNumber);
    }

    @GET
    // qs below 1: a browser (text/html first) gets the page, a client accepting anything (curl, */*) gets JSON
    @Produces("text/html;qs=0.9")
    @Operation(summary = "The tracking page for people")
    public String page(@PathParam("trackingNumber") String trackingNumber) {
        // rendered here: quarkus-rest-qute, which would render a returned TemplateInstance, is not in the pom
        return trackingPage.data("view", view(trackingNumber)).render();
    }

    private TrackingView view(String trackingNumber) {
        return tracking.history(trackingNumber).map(TrackingView::of)
                .orElseThrow(() -> ProblemException.notFound("tracking number", trackingNumber));
    }
}
