package com.example.fulfillment.billing.api;

import static com.example.fulfillment.billing.documents.PdfText.assertContains;
import static com.example.fulfillment.billing.messaging.SagaFixtures.item;
import static com.example.fulfillment.billing.messaging.SagaFixtures.newOrderId;
import static com.example.fulfillment.billing.messaging.SagaFixtures.newSku;
import static com.example.fulfillment.billing.messaging.SagaFixtures.priceOf;
import static com.example.fulfillment.billing.messaging.SagaFixtures.stockAllocated;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.billing.documents.PdfText;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.OrderRefunded;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.Customer;
import com.example.fulfillment.events.model.InvoiceLine;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.OrderOptions;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.ShippingMethod;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** The invoice and credit note read back from the PDF the service renders, and the HTML kept for browsers. */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class InvoiceDocumentTest {

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
    void the_invoice_pdf_shows_buyer_lines_shipping_discount_tax_and_the_domains_total() throws IOException {
        Invoiced invoiced = invoicedOrder();
        InvoicePrepared prepared = invoiced.prepared();
        // 9.99 + 2 × 5.00 = 19.99; 10 % off = 2.00; + shipping 4.90 = 22.89 taxable; 19 % = 4.3491 → 4.35; 27.24
        assertEquals(new BigDecimal("27.24"), prepared.total());

        Response response = given().accept(PDF).get("/invoices/{orderId}/document", invoiced.orderId());
        response.then().statusCode(200)
                .contentType(startsWith(PDF))
                .header("Content-Disposition", equalTo("inline; filename=\"" + prepared.invoiceNumber() + ".pdf\""));
        String text = PdfText.of(response.asByteArray());

        assertContains(text, "Invoice " + prepared.invoiceNumber());
        assertContains(text, "Example Fulfillment GmbH");
        assertContains(text, "VAT ID: DE123456789");
        assertContains(text, "Zoë Müller-Łukasiewicz");
        assertContains(text, "Große Straße 5");
        assertContains(text, "10115 Berlin");
        assertContains(text, "Invoice date: ");
        assertContains(text, "Payment terms: Payable within 14 days");
        assertContains(text, "Emaille-Becher " + invoiced.namedSku() + " 1 9.99 9.99 EUR");
        assertContains(text, invoiced.unnamedSku() + " " + invoiced.unnamedSku() + " 2 5.00 10.00 EUR");
        assertContains(text, "Shipping (STANDARD) 1 4.90 4.90 EUR");
        BigDecimal everyLine = prepared.lines().stream().map(InvoiceLine::amount).reduce(BigDecimal::add).orElseThrow();
        assertContains(text, "Subtotal (all lines) " + everyLine + " EUR");
        assertContains(text, "Discount (WELCOME10) -" + prepared.discountTotal() + " EUR");
        assertContains(text, "VAT 19 % of 22.89 EUR " + prepared.taxTotal() + " EUR");
        assertContains(text, "Total " + prepared.total() + " EUR");
        assertEquals(prepared.total(), everyLine.subtract(prepared.discountTotal()).add(prepared.taxTotal()));
        assertFalse(text.contains("null"), text);
    }

    @Test
    void browsers_and_clients_that_accept_anything_still_get_the_html_invoice() {
        Invoiced invoiced = invoicedOrder();
        String number = invoiced.prepared().invoiceNumber();

        for (String accept : List.of("text/html", "*/*", "text/html,application/xhtml+xml,*/*;q=0.8",
                "text/html, application/pdf;q=0.5")) {
            given().accept(accept).get("/invoices/{orderId}/document", invoiced.orderId()).then()
                    .statusCode(200)
                    .contentType(startsWith("text/html"))
                    .header("Content-Disposition", equalTo("attachment; filename=" + number + ".html"))
                    .body(containsString("Invoice " + number))
                    .body(containsString("Zoë Müller-Łukasiewicz"))
                    .body(containsString("Total</td><td class=\"amount\">27.24 EUR"));
        }
        given().accept("application/pdf, text/html;q=0.5").get("/invoices/{orderId}/document", invoiced.orderId())
                .then().statusCode(200).contentType(startsWith(PDF));
    }

    @Test
    void refusals_stay_problem_details_when_a_pdf_is_asked_for() {
        String unknown = UUID.randomUUID().toString();
        given().accept(PDF).get("/invoices/{orderId}/document", unknown).then()
                .statusCode(404).contentType(startsWith("application/problem+json"));
        given().accept(PDF).get("/invoices/{orderId}/credit-note", unknown).then()
                .statusCode(404).contentType(startsWith("application/problem+json"));

        Invoiced owed = invoicedOrder();
        given().accept(PDF).get("/invoices/{orderId}/credit-note", owed.orderId()).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString(owed.orderId()));

        String waiting = newOrderId();
        List<AllocatedItem> unpriced = List.of(item(newSku("NOPRICE"), "Unpriced thing", 1));
        bus.publish(orderReceived(waiting, unpriced));
        bus.publish(stockAllocated(waiting, unpriced));
        await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/invoices/{orderId}", waiting).statusCode() == 200);
        given().accept(PDF).get("/invoices/{orderId}/document", waiting).then()
                .statusCode(409).contentType(startsWith("application/problem+json"));
    }

    @Test
    void a_refund_has_a_credit_note_pdf_that_credits_the_whole_invoice() throws IOException {
        Invoiced invoiced = invoicedOrder();
        String invoiceNumber = invoiced.prepared().invoiceNumber();
        bus.publish(new OrderRefunded(invoiced.orderId(), "grace", "parcel lost by the carrier"));
        RefundIssued refund = bus.await(RefundIssued.class, invoiced.orderId());

        Response response = given().accept(PDF).get("/invoices/{orderId}/credit-note", invoiced.orderId());
        response.then().statusCode(200)
                .contentType(startsWith(PDF))
                .header("Content-Disposition", equalTo("inline; filename=\"" + refund.creditNoteNumber() + ".pdf\""));
        String text = PdfText.of(response.asByteArray());

        assertContains(text, "Credit note " + refund.creditNoteNumber());
        assertContains(text, "Credits invoice: " + invoiceNumber);
        assertContains(text, "Reason: order refunded: parcel lost by the carrier");
        assertContains(text, "Zoë Müller-Łukasiewicz");
        assertContains(text, "Emaille-Becher " + invoiced.namedSku() + " 1 -9.99 -9.99 EUR");
        assertContains(text, "Shipping (STANDARD) 1 -4.90 -4.90 EUR");
        assertContains(text, "Credited to you -" + refund.amount() + " EUR");
        assertEquals(invoiced.prepared().total(), refund.amount());

        given().accept("text/html").get("/invoices/{orderId}/document", invoiced.orderId()).then()
                .body(containsString("REFUNDED on"))
                .body(containsString("by credit note " + refund.creditNoteNumber()));
    }

    @Test
    void a_cancelled_order_has_a_credit_note_numbered_after_its_voided_invoice() throws IOException {
        Invoiced invoiced = invoicedOrder();
        String invoiceNumber = invoiced.prepared().invoiceNumber();
        bus.publish(new OrderCancelled(invoiced.orderId(), OrderStatus.INVOICED, "changed my mind", "customer"));
        bus.await(InvoiceVoided.class, invoiced.orderId());
        String creditNoteNumber = "CN-" + invoiceNumber;

        Response response = given().accept(PDF).get("/invoices/{orderId}/credit-note", invoiced.orderId());
        response.then().statusCode(200)
                .header("Content-Disposition", equalTo("inline; filename=\"" + creditNoteNumber + ".pdf\""));
        String text = PdfText.of(response.asByteArray());

        assertContains(text, "Credit note " + creditNoteNumber);
        assertContains(text, "Credits invoice: " + invoiceNumber);
        assertContains(text, "Reason: order cancelled, invoice voided: changed my mind");
        assertContains(text, "Credited to you -" + invoiced.prepared().total() + " EUR");

        given().get("/invoices/{orderId}/credit-note", invoiced.orderId()).then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("Credit note " + creditNoteNumber));
        given().get("/invoices/{orderId}/document", invoiced.orderId()).then()
                .body(containsString("VOIDED on"))
                .body(containsString("by credit note " + creditNoteNumber));
    }

    private record Invoiced(String orderId, String namedSku, String unnamedSku, InvoicePrepared prepared) {
    }

    /** A named and an unnamed product, shipped STANDARD to Germany with 10 % off, to a buyer with accents. */
    private static Invoiced invoicedOrder() {
        String orderId = newOrderId();
        String named = newSku("BECHER");
        String unnamed = newSku("NONAME");
        priceOf(named, "9.99");
        priceOf(unnamed, "5.00");
        List<AllocatedItem> items = List.of(item(named, "Emaille-Becher", 1), item(unnamed, null, 2));
        bus.publish(orderReceived(orderId, items));
        bus.publish(stockAllocated(orderId, items));
        return new Invoiced(orderId, named, unnamed, bus.await(InvoicePrepared.class, orderId));
    }

    private static OrderReceived orderReceived(String orderId, List<AllocatedItem> items) {
        return new OrderReceived(orderId, new Customer("Zoë Müller-Łukasiewicz", "zoe@example.com", "+4915112345678"),
                new Address("Zoë Müller-Łukasiewicz", "Große Straße 5", "Berlin", "10115", null, "DE"),
                ShippingMethod.STANDARD, items.stream().map(item -> new OrderLine(item.sku(), item.quantity())).toList(),
                new OrderOptions(false, false, null), List.of(NotificationChannel.EMAIL), "WELCOME10",
                Instant.parse("2026-11-27T10:00:00Z"));
    }
}
