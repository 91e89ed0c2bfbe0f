package com.example.fulfillment.billing.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Templates under src/main/resources/templates, checked against their parameters at build time. */
@CheckedTemplate
public class InvoiceDocuments {

    public static native TemplateInstance invoice(InvoiceResponse invoice, SellerDetails seller);

    public static native TemplateInstance creditNote(InvoiceResponse invoice, SellerDetails seller);
}
