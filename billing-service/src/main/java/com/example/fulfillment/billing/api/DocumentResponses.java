package com.example.fulfillment.billing.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.example.fulfillment.billing.documents.PdfRenderer;

import io.quarkus.qute.TemplateInstance;

/**
 * Answers a document request in the format the client asked for: PDF only when it names application/pdf before
 * anything HTML would satisfy, HTML otherwise, so browsers (text/html) and clients that accept anything (*&#47;*)
 * keep getting the HTML they always had.
 */
@ApplicationScoped
class DocumentResponses {

    static final String APPLICATION_PDF = "application/pdf";
    private static final MediaType PDF = MediaType.valueOf(APPLICATION_PDF);

    private final PdfRenderer pdf;

    DocumentResponses(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    /** acceptable: the request's Accept types, most preferred first, as JAX-RS sorts them. */
    Response of(TemplateInstance document, String documentNumber, List<MediaType> acceptable) {
        String xhtml = document.render();
        if (prefersPdf(acceptable)) {
            return Response.ok(pdf.render(xhtml), PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + documentNumber + ".pdf\"")
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .build();
        }
        return Response.ok(xhtml, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + documentNumber + ".html")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    private static boolean prefersPdf(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return false;
            }
            if (!type.isWildcardType() && !type.isWildcardSubtype() && type.isCompatible(PDF)) {
                return true;
            }
        }
        return false;
    }
}
