package com.example.fulfillment.order.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.example.fulfillment.edge.Caller;
import com.example.fulfillment.edge.Paging;
import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.order.domain.ApprovalGate;
import com.example.fulfillment.order.domain.ApprovalService;
import com.example.fulfillment.order.domain.ApprovalStatus;

@RolesAllowed(Roles.OPS)
@Path("/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    private final ApprovalService approvals;
    private final Caller caller;

    ApprovalResource(ApprovalService approvals, Caller caller) {
        this.approvals = approvals;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Approval tasks, oldest first, a page at a time",
            description = "Filter by status, gate and order.")
    @APIResponse(responseCode = "400", description = "An unknown status or gate, named in violations[].field")
    public Paging.Page<ApprovalView> list(
            @Parameter(schema = @Schema(implementation = ApprovalStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = ApprovalGate.class)) @QueryParam("gate") String gate,
            @QueryParam("orderId") String orderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return Paging.Page.of(approvals.search(QueryParameters.parse(ApprovalStatus.class, status, "status"),
                QueryParameters.parse(ApprovalGate.class, gate, "gate"), orderId, page, size), ApprovalView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One approval task with what was submitted")
    @APIResponse(responseCode = "404", description = "Unknown task")
    public ApprovalView get(@PathParam("id") UUID id) {
        return ApprovalView.of(approvals.get(id));
    }

    @POST
    @Path("{id}/approve")
    @Transactional
    @Operation(summary = "Approve a pending task", description = "The order moves on at once. Who decided is the "
            + "caller's token; the body, optional, may say why.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "404", description = "Unknown task")
    @APIResponse(responseCode = "409", description = "Already decided, or the order no longer allows it")
    public ApprovalView approve(@PathParam("id") UUID id, @Valid ApproveRequest request) {
        String reason = request == null ? null : request.reason();
        return ApprovalView.of(approvals.decide(id, true, caller.name(), reason));
    }

    @POST
    @Path("{id}/reject")
    @Transactional
    @Operation(summary = "Reject a pending task", description = "A rejected A1 or A2 cancels the order; a rejected "
            + "A3 keeps the tracking update from the customer.")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "404", description = "Unknown task")
    @APIResponse(responseCode = "409", description = "Already decided, or the order no longer allows it")
    public ApprovalView reject(@PathParam("id") UUID id, @Valid @NotNull RejectRequest request) {
        return ApprovalView.of(approvals.decide(id, false, caller.name(), request.reason()));
    }
}
