package com.example.fulfillment.order.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;

import com.example.fulfillment.domain.DomainRefusal;
import com.example.fulfillment.edge.Caller;
import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.order.domain.ApprovalService;
import com.example.fulfillment.order.domain.ApprovalStatus;
import com.example.fulfillment.order.domain.OrderService;
import com.example.fulfillment.order.domain.OrderStatus;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The ops page: what waits for a person (approval tasks, failed deliveries) with the forms to decide it, and an
 * order's timeline. It calls the same domain services as the JSON API, with the same rules and messages. A form
 * is answered with a redirect back to the page (post/redirect/get), carrying what happened or why nothing did.
 * A form's decision runs in the domain service's own transaction, not in one of this resource: a refusal rolls that
 * one back and is shown on the page, where an enclosing transaction would be left marked for rollback.
 */
@RolesAllowed(Roles.OPS)
@Path("/ops")
@Tag(name = "Ops page", description = "HTML pages for people; programs use /approvals and /orders")
public class OpsConsoleResource {

    private static final int LISTED = 100;

    private final ApprovalService approvals;
    private final OrderService orders;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final Template console;
    private final Template orderPage;

    private final Caller caller;

    OpsConsoleResource(ApprovalService approvals, OrderService orders, Validator validator, ObjectMapper mapper,
            @Location("ops/console.html") Template console, @Location("ops/order.html") Template orderPage,
            Caller caller) {
        this.caller = caller;
        this.approvals = approvals;
        this.orders = orders;
        this.validator = validator;
        this.mapper = mapper;
        this.console = console;
        this.orderPage = orderPage;
    }

    public record PendingTask(ApprovalView task, String submitted) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @Operation(summary = "The ops page: pending approvals and orders waiting for an ops decision")
    public String console(@QueryParam("notice") String notice, @QueryParam("problem") String problem) {
        List<PendingTask> pending = approvals.search(ApprovalStatus.PENDING, null, null).stream()
                .limit(LISTED).map(ApprovalView::of).map(task -> new PendingTask(task, pretty(task.submitted())))
                .toList();
        List<OrderSummary> awaitingDecision = Stream.of(OrderStatus.DELIVERY_FAILED, OrderStatus.DELIVERY_ISSUE)
                .flatMap(status -> orders.search(status, null, 0, LISTED).items().stream())
                .map(OrderSummary::of).toList();
        return console.data("pending", pending).data("signedIn", caller.name()).data("awaitingDecision", awaitingDecision)
                .data("notice", notice).data("problem", problem).render();
    }

    @GET
    @Path("/orders/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @Operation(summary = "One order for ops: its details, timeline, approvals and filed documents")
    public String order(@PathParam("id") String id) {
        return orderPage.data("order", OrderView.of(orders.get(id)))
                .data("approvals", approvals.search(null, null, id).stream().map(ApprovalView::of).toList())
                .data("documents", orders.documents(id).stream().map(DocumentView::of).toList()).render();
    }

    @GET
    @Path("/orders/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    @Operation(summary = "One filed document of the order, its exact bytes, for the ops page's links")
    public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        return DocumentFiles.download(orders.document(id, documentId));
    }

    @GET
    @Path("/orders/{id}/documents.zip")
    @Produces(DocumentFiles.APPLICATION_ZIP)
    @Transactional
    @Operation(summary = "The order's whole filed dossier as one zip, for the ops page's link")
    public Response documentsArchive(@PathParam("id") String id) {
        return DocumentFiles.archive(id, orders.documents(id));
    }

    @POST
    @Path("/approvals/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Decide an approval task from the ops page's form (decision=approve or reject)")
    public Response decideApproval(@PathParam("id") UUID id, @RestForm String decision, @RestForm String reason) {
        boolean approve = "approve".equals(decision);
        if (!approve && !"reject".equals(decision)) {
            return back(null, "decision must be approve or reject");
        }
        String invalid = approve ? invalid(new ApproveRequest(trimmed(reason)))
                : invalid(new RejectRequest(trimmed(reason)));
        if (invalid != null) {
            return back(null, invalid);
        }
        try {
            ApprovalView decided = ApprovalView.of(approvals.decide(id, approve, caller.name(), trimmed(reason)));
            return back(decided.gate() + " of order " + decided.orderId() + " " + decided.status().name().toLowerCase()
                    + " by " + decided.decidedBy(), null);
        } catch (DomainRefusal e) {
            return back(null, e.getMessage());
        }
    }

    @POST
    @Path("/orders/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Reship or refund a failed delivery from the ops page's form (action=reship or refund)")
    public Response decideOrder(@PathParam("id") String id, @RestForm String action, @RestForm String reason) {
        if (!"reship".equals(action) && !"refund".equals(action)) {
            return back(null, "action must be reship or refund");
        }
        String invalid = invalid(new OpsDecisionRequest(trimmed(reason)));
        if (invalid != null) {
            return back(null, invalid);
        }
        try {
            OrderStatus status = "reship".equals(action) ? orders.reship(id, caller.name(), trimmed(reason)).getStatus()
                    : orders.refund(id, caller.name(), trimmed(reason)).getStatus();
            return back("order " + id + " is " + status + " (" + action +  " by " + caller.name() + ")", null);
        } catch (DomainRefusal e) {
            return back(null, e.getMessage());
        }
    }

    /** The same checks as the JSON API's request bodies, as one line a person can read. */
    private String invalid(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return null;
        }
        return violations.stream().map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .sorted().collect(Collectors.joining("; "));
    }

    private static Response back(String notice, String problem) {
        StringBuilder location = new StringBuilder("/ops");
        if (notice != null) {
            location.append("?notice=").append(queryValue(notice));
        } else if (problem != null) {
            location.append("?problem=").append(queryValue(problem));
        }
        return Response.seeOther(URI.create(location.toString())).build();
    }

    /** Percent-encoded, spaces included: a '+' in a query is a space to some readers and a plus to others. */
    private static String queryValue(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String pretty(String json) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json));
        } catch (Exception e) {
            return json;
        }
    }
}
