package com.example.fulfillment.billing.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.example.fulfillment.billing.domain.InvoiceService;
import com.example.fulfillment.problem.ProblemException;

@Path("/invoices/{orderId}")
@Tag(name = "Invoices", description = "Each order's one invoice, prepared once its stock is allocated")
public class InvoiceResource {

    private final InvoiceService invoices;

    InvoiceResource(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read an order's invoice")
    @APIResponse(responseCode = "200", description = "The invoice, prepared or voided")
    @APIResponse(responseCode = "404", description = "The order has no invoice (yet)")
    public InvoiceResponse invoice(@PathParam("orderId") String orderId) {
        return find(orderId);
    }

    @GET
    @Path("/document")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Download an order's invoice as an HTML document",
            description = "Printable; offered as the file <invoice number>.html")
    @APIResponse(responseCode = "200", description = "The invoice document")
    @APIResponse(responseCode = "404", description = "The order has no invoice (yet)")
    public Response document(@PathParam("orderId") String orderId) {
        InvoiceResponse invoice = find(orderId);
        return Response.ok(InvoiceDocuments.invoice(invoice).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + invoice.number() + ".html")
                .build();
    }

    private InvoiceResponse find(String orderId) {
        return invoices.invoiceOf(orderId).map(InvoiceResponse::of)
                .orElseThrow(() -> ProblemException.notFound("invoice of order", orderId));
    }
}
