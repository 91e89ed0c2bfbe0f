package com.example.fulfillment.billing.messaging;

import static com.example.fulfillment.billing.documents.PdfText.assertContains;
import static com.example.fulfillment.billing.messaging.SagaFixtures.item;
import static com.example.fulfillment.billing.messaging.SagaFixtures.newOrderId;
import static com.example.fulfillment.billing.messaging.SagaFixtures.newSku;
import static com.example.fulfillment.billing.messaging.SagaFixtures.orderReceived;
import static com.example.fulfillment.billing.messaging.SagaFixtures.priceOf;
import static com.example.fulfillment.billing.messaging.SagaFixtures.stockAllocated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.billing.documents.PdfText;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderRefunded;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.Document;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.ShippingMethod;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The invoice and the credit note travel in billing's events as the PDF the customer gets, read back from the
 * events as they arrive through the real broker.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class BillingEventDocumentsTest {

    private static final String PDF = "application/pdf";
    private static TestEventBus bus;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    void invoice_prepared_carries_the_invoice_pdf_with_its_number_and_total() throws IOException {
        InvoicePrepared prepared = invoiced(newOrderId());

        Document document = prepared.invoiceDocument();
        assertNotNull(document, "InvoicePrepared carries the invoice document");
        assertEquals("INVOICE", document.kind());
        assertEquals(PDF, document.mediaType());
        assertEquals("Invoice " + prepared.invoiceNumber(), document.title());
        assertTrue(document.isBinary(), "the PDF travels as base64");
        String text = PdfText.of(document.bytes());
        assertContains(text, "Invoice " + prepared.invoiceNumber());
        assertContains(text, "Total " + prepared.total() + " EUR");
    }

    @Test
    void invoice_voided_carries_the_credit_note_numbered_after_the_invoice() throws IOException {
        String orderId = newOrderId();
        InvoicePrepared prepared = invoiced(orderId);

        bus.publish(new OrderCancelled(orderId, OrderStatus.INVOICED, "changed my mind", "customer"));
        Document creditNote = bus.await(InvoiceVoided.class, orderId).creditNote();

        assertNotNull(creditNote, "InvoiceVoided carries the credit note");
        assertEquals("CREDIT_NOTE", creditNote.kind());
        assertEquals(PDF, creditNote.mediaType());
        assertTrue(creditNote.isBinary(), "the PDF travels as base64");
        String text = PdfText.of(creditNote.bytes());
        assertContains(text, "Credit note CN-" + prepared.invoiceNumber());
        assertContains(text, "Credited to you -" + prepared.total() + " EUR");
    }

    @Test
    void refund_issued_carries_the_credit_note_it_names() throws IOException {
        String orderId = newOrderId();
        InvoicePrepared prepared = invoiced(orderId);

        bus.publish(new OrderRefunded(orderId, "grace", "parcel lost by the carrier"));
        RefundIssued refund = bus.await(RefundIssued.class, orderId);

        assertNotNull(refund.creditNote(), "RefundIssued carries the credit note");
        assertEquals("CREDIT_NOTE", refund.creditNote().kind());
        assertEquals("Credit note " + refund.creditNoteNumber(), refund.creditNote().title());
        String text = PdfText.of(refund.creditNote().bytes());
        assertContains(text, "Credit note " + refund.creditNoteNumber());
        assertContains(text, "Credits invoice: " + prepared.invoiceNumber());
        assertContains(text, "Credited to you -" + refund.amount() + " EUR");
    }

    private static InvoicePrepared invoiced(String orderId) {
        String sku = newSku("LAMP");
        priceOf(sku, "25.00");
        List<AllocatedItem> items = List.of(item(sku, "Desk lamp", 1));
        bus.publish(orderReceived(orderId, "DE", ShippingMethod.STANDARD, false, false, null, items));
        bus.publish(stockAllocated(orderId, items));
        return bus.await(InvoicePrepared.class, orderId);
    }
}
