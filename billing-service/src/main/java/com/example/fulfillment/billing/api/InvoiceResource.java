package com.example.fulfillment.billing.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.example.fulfillment.billing.domain.Invoice;
import com.example.fulfillment.billing.domain.InvoiceQueries;
import com.example.fulfillment.billing.domain.InvoiceStatus;
import com.example.fulfillment.billing.domain.SellerConfig;
import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.problem.ProblemException;

import io.quarkus.qute.TemplateInstance;

@RolesAllowed({Roles.OPS, Roles.SHOP})
@Path("/invoices")
@Tag(name = "Invoices", description = "Each order's one invoice, prepared once its stock is allocated and priced")
public class InvoiceResource {

    private final InvoiceQueries invoices;
    private final SellerDetails seller;

    InvoiceResource(InvoiceQueries invoices, SellerConfig sellerConfig) {
        this.invoices = invoices;
        this.seller = SellerDetails.of(sellerConfig);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the invoices in a status, oldest first",
            description = "Ops use status=AWAITING_PRICES to see which skus keep orders from being invoiced.")
    @APIResponse(responseCode = "200", description = "The invoices in that status, at most limit of them")
    @APIResponse(responseCode = "400", description = "status is missing or unknown, or limit is out of range")
    public List<InvoiceResponse> invoicesIn(
            // a String rather than the enum: an unknown status is then a 400 naming the field, not JAX-RS' bare 404
            @Parameter(description = "AWAITING_PRICES, PREPARED, VOIDED or REFUNDED")
            @QueryParam("status") @NotNull
            @Pattern(regexp = "AWAITING_PRICES|PREPARED|VOIDED|REFUNDED",
                    message = "must be one of AWAITING_PRICES, PREPARED, VOIDED, REFUNDED") String status,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return invoices.invoicesIn(InvoiceStatus.valueOf(status), limit).stream().map(this::responseOf).toList();
    }

    @GET
    @Path("/{orderId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read an order's invoice")
    @APIResponse(responseCode = "200", description = "The invoice, waiting for prices, prepared, voided or refunded")
    @APIResponse(responseCode = "404", description = "The order has no invoice (yet)")
    public InvoiceResponse invoice(@PathParam("orderId") String orderId) {
        return find(orderId);
    }

    @GET
    @Path("/{orderId}/document")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Download an order's invoice as an HTML document",
            description = "Printable; offered as the file <invoice number>.html")
    @APIResponse(responseCode = "200", description = "The invoice document")
    @APIResponse(responseCode = "404", description = "The order has no invoice (yet)")
    @APIResponse(responseCode = "409", description = "The invoice waits for prices: it has no number or figures yet")
    public Response document(@PathParam("orderId") String orderId) {
        InvoiceResponse invoice = find(orderId);
        if (invoice.number() == null) {
            throw ProblemException.conflict("the invoice of order " + orderId + " was never issued (it is "
                    + invoice.status() + "), so there is no document");
        }
        return attachment(InvoiceDocuments.invoice(invoice, seller), invoice.number());
    }

    @GET
    @Path("/{orderId}/credit-note")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Download the credit note of a refunded order as an HTML document",
            description = "Printable; offered as the file <credit note number>.html")
    @APIResponse(responseCode = "200", description = "The credit note document")
    @APIResponse(responseCode = "404", description = "The order has no credit note: it was not refunded")
    public Response creditNote(@PathParam("orderId") String orderId) {
        InvoiceResponse invoice = invoices.invoiceOf(orderId).filter(found -> found.getCreditNoteNumber() != null)
                .map(this::responseOf)
                .orElseThrow(() -> ProblemException.notFound("credit note of order", orderId));
        return attachment(InvoiceDocuments.creditNote(invoice, seller), invoice.creditNote().number());
    }

    private InvoiceResponse find(String orderId) {
        return invoices.invoiceOf(orderId).map(this::responseOf)
                .orElseThrow(() -> ProblemException.notFound("invoice of order", orderId));
    }

    private InvoiceResponse responseOf(Invoice invoice) {
        return InvoiceResponse.of(invoice, invoices.missingPrices(invoice));
    }

    private static Response attachment(TemplateInstance document, String documentNumber) {
        return Response.ok(document.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + documentNumber + ".html")
                .build();
    }
}
