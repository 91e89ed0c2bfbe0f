package com.example.fulfillment.billing.api;

import static com.example.fulfillment.billing.messaging.SagaFixtures.item;
import static com.example.fulfillment.billing.messaging.SagaFixtures.newOrderId;
import static com.example.fulfillment.billing.messaging.SagaFixtures.newSku;
import static com.example.fulfillment.billing.messaging.SagaFixtures.orderReceived;
import static com.example.fulfillment.billing.messaging.SagaFixtures.priceOf;
import static com.example.fulfillment.billing.messaging.SagaFixtures.stockAllocated;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.OrderRefunded;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.ShippingMethod;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class InvoiceResourceTest {

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
    void an_order_without_an_invoice_is_a_not_found_problem() {
        String orderId = UUID.randomUUID().toString();
        given().get("/invoices/{orderId}", orderId).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("detail", containsString(orderId));
        given().get("/invoices/{orderId}/document", orderId).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/invoices/{orderId}/credit-note", orderId).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void the_invoice_document_names_the_seller_from_the_configuration() {
        String orderId = invoicedOrder("9.50");

        given().get("/invoices/{orderId}/document", orderId).then()
                .statusCode(200)
                .body(containsString("Example Fulfillment GmbH"))
                .body(containsString("Lagerstraße 7, 04109 Leipzig, Germany"))
                .body(containsString("VAT ID: DE123456789"));
    }

    @Test
    void a_refunded_order_has_a_credit_note_document_to_download() {
        String orderId = invoicedOrder("20.00");
        String invoiceNumber = bus.await(InvoicePrepared.class, orderId).invoiceNumber();
        bus.publish(new OrderRefunded(orderId, "grace", "never arrived"));
        RefundIssued refund = bus.await(RefundIssued.class, orderId);

        given().get("/invoices/{orderId}/credit-note", orderId).then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Disposition", equalTo("attachment; filename=" + refund.creditNoteNumber() + ".html"))
                .body(containsString("Credit note " + refund.creditNoteNumber()))
                .body(containsString("Credits invoice: " + invoiceNumber))
                .body(containsString("never arrived"))
                .body(containsString("-29.63 EUR")) // 20.00 + 4.90 + 19 % tax 4.731 → 4.73
                .body(containsString("VAT ID: DE123456789"));
        given().get("/invoices/{orderId}/document", orderId).then()
                .statusCode(200)
                .body(containsString("REFUNDED"))
                .body(containsString(refund.creditNoteNumber()));
    }

    @Test
    void an_invoice_still_waiting_for_prices_has_no_document_yet() {
        String orderId = newOrderId();
        List<AllocatedItem> items = List.of(item(newSku("NOPRICE"), "Unpriced thing", 1));
        bus.publish(orderReceived(orderId, "DE", ShippingMethod.STANDARD, false, false, null, items));
        bus.publish(stockAllocated(orderId, items));
        await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/invoices/{orderId}", orderId).statusCode() == 200);

        given().get("/invoices/{orderId}/document", orderId).then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("AWAITING_PRICES"));
        given().get("/invoices?status=AWAITING_PRICES&limit=500").then()
                .statusCode(200)
                .body("orderId", hasItem(orderId));
    }

    @Test
    void listing_invoices_needs_a_status_and_a_sensible_limit() {
        given().get("/invoices").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("status"));
        given().get("/invoices?status=PAID").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", containsString("AWAITING_PRICES"));
        given().get("/invoices?status=PREPARED&limit=0").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }

    /** An order invoiced for one unit at this price, shipped STANDARD to Germany. */
    private static String invoicedOrder(String unitPrice) {
        String orderId = newOrderId();
        String sku = newSku("DOC");
        priceOf(sku, unitPrice);
        List<AllocatedItem> items = List.of(item(sku, "Documented thing", 1));
        bus.publish(orderReceived(orderId, "DE", ShippingMethod.STANDARD, false, false, null, items));
        bus.publish(stockAllocated(orderId, items));
        bus.await(InvoicePrepared.class, orderId);
        return orderId;
    }
}
