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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.example.fulfillment.billing.documents.IssuedDocuments;
import com.example.fulfillment.billing.domain.CreditNote;
import com.example.fulfillment.billing.domain.Invoice;
import com.example.fulfillment.billing.domain.InvoiceQueries;
import com.example.fulfillment.billing.domain.InvoiceStatus;
import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.problem.ProblemException;

@RolesAllowed({Roles.OPS, Roles.SHOP})
@Path("/invoices")
@Tag(name = "Invoices", description = "Each order's one invoice, prepared once its stock is allocated and priced")
public class InvoiceResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final InvoiceQueries invoices;
    private final IssuedDocuments issued;
    private final DocumentResponses documents;

    InvoiceResource(InvoiceQueries invoices, IssuedDocuments issued, DocumentResponses documents) {
        this.invoices = invoices;
        this.issued = issued;
        this.documents = documents;
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
    @Produces({MediaType.TEXT_HTML, DocumentResponses.APPLICATION_PDF})
    @Operation(summary = "Download an order's invoice as a PDF or HTML document",
            description = "PDF for Accept: application/pdf, shown inline as <invoice number>.pdf; HTML otherwise"
                    + " (text/html, */*), offered as the file <invoice number>.html. A voided or refunded invoice"
                    + " says so and names its credit note.")
    @APIResponse(responseCode = "200", description = "The invoice document", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentResponses.APPLICATION_PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "The order has no invoice (yet)",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "The invoice waits for prices: it has no number or figures yet",
            content = @Content(mediaType = PROBLEM_JSON))
    public Response document(@PathParam("orderId") String orderId, @Context HttpHeaders headers) {
        Invoice invoice = invoices.invoiceOf(orderId)
                .orElseThrow(() -> ProblemException.notFound("invoice of order", orderId));
        if (!invoice.wasIssued()) {
            throw ProblemException.conflict("the invoice of order " + orderId + " was never issued (it is "
                    + invoice.getStatus() + "), so there is no document");
        }
        return documents.of(issued.invoice(invoice), invoice.getNumber(), headers.getAcceptableMediaTypes());
    }

    @GET
    @Path("/{orderId}/credit-note")
    @Produces({MediaType.TEXT_HTML, DocumentResponses.APPLICATION_PDF})
    @Operation(summary = "Download the credit note of a cancelled or refunded order as a PDF or HTML document",
            description = "It credits the whole invoice, line by line. Numbered CN-<invoice number> when the"
                    + " order was cancelled (its invoice voided); a refund's credit note has the number it was issued"
                    + " with, CN-<year>-<sequence>. PDF for Accept: application/pdf (inline, <number>.pdf), HTML"
                    + " otherwise (the file <number>.html).")
    @APIResponse(responseCode = "200", description = "The credit note document", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentResponses.APPLICATION_PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "The order has no credit note: its invoice was neither voided"
            + " after it was issued nor refunded", content = @Content(mediaType = PROBLEM_JSON))
    public Response creditNote(@PathParam("orderId") String orderId, @Context HttpHeaders headers) {
        Invoice invoice = invoices.invoiceOf(orderId)
                .orElseThrow(() -> ProblemException.notFound("credit note of order", orderId));
        CreditNote creditNote = invoices.creditNoteOf(invoice)
                .orElseThrow(() -> ProblemException.notFound("credit note of order", orderId));
        return documents.of(issued.creditNote(creditNote, invoice), creditNote.number(),
                headers.getAcceptableMediaTypes());
    }

    private InvoiceResponse find(String orderId) {
        return invoices.invoiceOf(orderId).map(this::responseOf)
                .orElseThrow(() -> ProblemException.notFound("invoice of order", orderId));
    }

    private InvoiceResponse responseOf(Invoice invoice) {
        return InvoiceResponse.of(invoice, invoices.missingPrices(invoice));
    }
}
