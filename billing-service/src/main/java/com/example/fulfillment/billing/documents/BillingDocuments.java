package com.example.fulfillment.billing.documents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The XHTML templates under src/main/resources/templates, checked against their parameters at build time. They
 * are served as they are to browsers and turned into PDF by {@link PdfRenderer}, so one template is both.
 */
@CheckedTemplate
public class BillingDocuments {

    public static native TemplateInstance invoice(InvoiceSheet doc);

    public static native TemplateInstance creditNote(CreditNoteSheet doc);
}
