package com.example.fulfillment.billing.messaging;

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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderRefunded;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.InvoiceLine;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.ShippingMethod;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class BillingSagaTest {

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private static TestEventBus bus;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    void allocated_stock_is_invoiced_with_exact_totals_readable_as_json_and_html() {
        String orderId = newOrderId();
        String mug = newSku("MUG");
        String lamp = newSku("LAMP");
        priceOf(mug, "12.50");
        priceOf(lamp, "19.99");
        List<AllocatedItem> items = List.of(item(mug, "Enamel mug", 2), item(lamp, "Desk lamp", 1));

        bus.publish(orderReceived(orderId, "DE", ShippingMethod.STANDARD, true, false, "WELCOME10", items));
        bus.publish(stockAllocated(orderId, items));
        InvoicePrepared prepared = bus.await(InvoicePrepared.class, orderId);

        // merchandise 44.99; 10 % off = 4.499 → 4.50; fees 4.90 + 3.50; 19 % of 48.89 = 9.2891 → 9.29
        assertEquals("EUR", prepared.currency());
        assertTrue(prepared.invoiceNumber().matches("INV-\\d{4}-\\d{6}"), prepared.invoiceNumber());
        assertEquals(new BigDecimal("44.99"), prepared.subtotal());
        assertEquals(new BigDecimal("4.50"), prepared.discountTotal());
        assertEquals(new BigDecimal("8.40"), prepared.feesTotal());
        assertEquals(new BigDecimal("9.29"), prepared.taxTotal());
        assertEquals(new BigDecimal("58.18"), prepared.total());
        assertEquals(List.of(
                new InvoiceLine("Enamel mug", mug, 2, new BigDecimal("12.50"), new BigDecimal("25.00")),
                new InvoiceLine("Desk lamp", lamp, 1, new BigDecimal("19.99"), new BigDecimal("19.99")),
                new InvoiceLine("Shipping (STANDARD)", null, 1, new BigDecimal("4.90"), new BigDecimal("4.90")),
                new InvoiceLine("Gift wrapping", null, 1, new BigDecimal("3.50"), new BigDecimal("3.50"))),
                prepared.lines());

        given().config(EXACT_NUMBERS).get("/invoices/{orderId}", orderId).then()
                .statusCode(200)
                .body("number", equalTo(prepared.invoiceNumber()))
                .body("status", equalTo("PREPARED"))
                .body("currency", equalTo("EUR"))
                .body("customer.name", equalTo("Ada Lovelace"))
                .body("customer.email", equalTo("ada@example.com"))
                .body("billingCountry", equalTo("DE"))
                .body("lines", hasSize(4))
                .body("lines[0].amount", equalTo(new BigDecimal("25.00")))
                .body("subtotal", equalTo(new BigDecimal("44.99")))
                .body("discountTotal", equalTo(new BigDecimal("4.50")))
                .body("feesTotal", equalTo(new BigDecimal("8.40")))
                .body("taxRate", equalTo(new BigDecimal("0.19")))
                .body("taxTotal", equalTo(new BigDecimal("9.29")))
                .body("total", equalTo(new BigDecimal("58.18")))
                .body("issuedAt", notNullValue())
                .body("voidedAt", nullValue());

        given().get("/invoices/{orderId}/document", orderId).then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Disposition", equalTo("attachment; filename=" + prepared.invoiceNumber() + ".html"))
                .body(containsString("Invoice " + prepared.invoiceNumber()))
                .body(containsString("Enamel mug"))
                .body(containsString("58.18 EUR"));
    }

    @Test
    void an_unknown_discount_code_gives_no_discount_and_a_note_and_tax_follows_the_country() {
        String orderId = newOrderId();
        String book = newSku("BOOK");
        priceOf(book, "10.00");
        List<AllocatedItem> items = List.of(item(book, "Notebook", 3));

        bus.publish(orderReceived(orderId, "US", ShippingMethod.EXPRESS, false, true, "BOGUS", items));
        bus.publish(stockAllocated(orderId, items));
        InvoicePrepared prepared = bus.await(InvoicePrepared.class, orderId);

        assertEquals(new BigDecimal("0.00"), prepared.discountTotal());
        assertEquals(new BigDecimal("0.00"), prepared.taxTotal());
        assertEquals(new BigDecimal("42.40"), prepared.total()); // 30.00 + 9.90 + 2.50
        given().config(EXACT_NUMBERS).get("/invoices/{orderId}", orderId).then()
                .body("taxRate", equalTo(new BigDecimal("0.00")))
                .body("note", containsString("BOGUS"));
    }

    @Test
    void cancelling_an_invoiced_order_voids_its_invoice() {
        String orderId = newOrderId();
        String sku = newSku("VASE");
        priceOf(sku, "30.00");
        List<AllocatedItem> items = List.of(item(sku, "Glass vase", 1));
        bus.publish(orderReceived(orderId, "FR", ShippingMethod.SAME_DAY, false, false, null, items));
        bus.publish(stockAllocated(orderId, items));
        InvoicePrepared prepared = bus.await(InvoicePrepared.class, orderId);

        bus.publish(new OrderCancelled(orderId, OrderStatus.INVOICED, "customer changed their mind", "customer"));
        InvoiceVoided voided = bus.await(InvoiceVoided.class, orderId);

        assertEquals(prepared.invoiceNumber(), voided.invoiceNumber());
        assertEquals("customer changed their mind", voided.reason());
        given().config(EXACT_NUMBERS).get("/invoices/{orderId}", orderId).then()
                .statusCode(200)
                .body("status", equalTo("VOIDED"))
                .body("voidedAt", notNullValue())
                .body("voidReason", equalTo("customer changed their mind"))
                .body("total", equalTo(new BigDecimal("53.88"))); // (30.00 + 14.90) × 1.20
        given().get("/invoices/{orderId}/document", orderId).then().body(containsString("VOIDED"));

        EventEnvelope cancelledAgain = bus.publish(
                new OrderCancelled(orderId, OrderStatus.CANCELLED, "asked twice", "customer"));
        awaitProcessed(cancelledAgain.id());
        assertEquals(1, outboxCount(orderId, "InvoiceVoided"));
        given().get("/invoices/{orderId}", orderId).then().body("voidReason", equalTo("customer changed their mind"));
    }

    @Test
    void an_order_cancelled_before_its_stock_was_allocated_gets_no_invoice() {
        String orderId = newOrderId();
        String sku = newSku("RUG");
        priceOf(sku, "80.00");
        List<AllocatedItem> items = List.of(item(sku, "Wool rug", 1));
        bus.publish(orderReceived(orderId, "NL", ShippingMethod.STANDARD, false, false, null, items));
        bus.publish(new OrderCancelled(orderId, OrderStatus.VERIFIED, "out of patience", "customer"));
        EventEnvelope lateAllocation = bus.publish(stockAllocated(orderId, items));

        awaitProcessed(lateAllocation.id());
        given().get("/invoices/{orderId}", orderId).then().statusCode(404);
        assertEquals(0, outboxCount(orderId, "InvoicePrepared"));
        assertEquals(0, outboxCount(orderId, "InvoiceVoided"));
    }

    @Test
    void the_same_envelope_delivered_twice_prepares_one_invoice() {
        String orderId = newOrderId();
        String sku = newSku("CUP");
        priceOf(sku, "4.00");
        List<AllocatedItem> items = List.of(item(sku, "Tea cup", 6));
        bus.publish(orderReceived(orderId, "DE", ShippingMethod.STANDARD, false, false, null, items));
        EventEnvelope allocation = bus.publish(stockAllocated(orderId, items));
        bus.publish(allocation);
        // one order's events stay in order: once the cancellation is handled, both copies were seen before it
        bus.publish(new OrderCancelled(orderId, OrderStatus.INVOICED, "test marker", "ops"));
        bus.await(InvoiceVoided.class, orderId);

        assertEquals(1, outboxCount(orderId, "InvoicePrepared"));
        assertEquals(1, bus.eventsOf(orderId).stream().filter(e -> e.type().equals("InvoicePrepared")).count());
    }

    @Test
    void a_second_allocation_with_a_new_event_id_does_not_make_a_second_invoice() {
        String orderId = newOrderId();
        String sku = newSku("BOWL");
        priceOf(sku, "7.00");
        List<AllocatedItem> items = List.of(item(sku, "Bowl", 2));
        bus.publish(orderReceived(orderId, "GB", ShippingMethod.EXPRESS, false, false, "FIVEOFF", items));
        bus.publish(stockAllocated(orderId, items));
        InvoicePrepared first = bus.await(InvoicePrepared.class, orderId);

        EventEnvelope again = bus.publish(stockAllocated(orderId, items));
        awaitProcessed(again.id());

        assertEquals(1, outboxCount(orderId, "InvoicePrepared"));
        given().get("/invoices/{orderId}", orderId).then().body("number", equalTo(first.invoiceNumber()));
    }

    @Test
    void an_allocation_with_an_unpriced_sku_waits_and_is_invoiced_once_ops_price_it() {
        String orderId = newOrderId();
        String priced = newSku("PRICED");
        String unpriced = newSku("UNPRICED");
        priceOf(priced, "5.00");
        List<AllocatedItem> items = List.of(item(priced, "Priced thing", 1), item(unpriced, "Unpriced thing", 2));
        bus.publish(orderReceived(orderId, "DE", ShippingMethod.STANDARD, false, false, null, items));
        EventEnvelope allocation = bus.publish(stockAllocated(orderId, items));

        awaitProcessed(allocation.id());
        assertEquals(0, outboxCount(orderId, "InvoicePrepared"));
        given().get("/invoices/{orderId}", orderId).then()
                .statusCode(200)
                .body("status", equalTo("AWAITING_PRICES"))
                .body("number", nullValue())
                .body("missingPrices", equalTo(List.of(unpriced)))
                .body("allocatedItems.sku", equalTo(List.of(priced, unpriced)));
        given().get("/invoices?status=AWAITING_PRICES&limit=500").then()
                .statusCode(200)
                .body("find { it.orderId == '%s' }.missingPrices".formatted(orderId), equalTo(List.of(unpriced)));

        priceOf(unpriced, "7.25");
        InvoicePrepared prepared = bus.await(InvoicePrepared.class, orderId);

        assertEquals(new BigDecimal("19.50"), prepared.subtotal()); // 5.00 + 2 × 7.25
        assertEquals(new BigDecimal("29.04"), prepared.total()); // 19.50 + 4.90 + 19 % tax 4.636 → 4.64
        given().get("/invoices/{orderId}", orderId).then()
                .body("status", equalTo("PREPARED"))
                .body("number", equalTo(prepared.invoiceNumber()))
                .body("missingPrices", hasSize(0));
        given().get("/invoices?status=AWAITING_PRICES&limit=500").then()
                .body("orderId", not(hasItem(orderId)));
        priceOf(unpriced, "8.00"); // a later change of the price issues nothing again
        assertEquals(1, outboxCount(orderId, "InvoicePrepared"));
    }

    @Test
    void an_order_cancelled_while_its_invoice_waits_for_prices_is_never_invoiced() {
        String orderId = newOrderId();
        String unpriced = newSku("LATE");
        List<AllocatedItem> items = List.of(item(unpriced, "Late priced thing", 1));
        bus.publish(orderReceived(orderId, "DE", ShippingMethod.STANDARD, false, false, null, items));
        bus.publish(stockAllocated(orderId, items));
        EventEnvelope cancelled = bus.publish(new OrderCancelled(orderId, OrderStatus.VERIFIED, "too slow", "customer"));
        awaitProcessed(cancelled.id());

        priceOf(unpriced, "3.00");

        given().get("/invoices/{orderId}", orderId).then()
                .body("status", equalTo("VOIDED"))
                .body("number", nullValue())
                .body("voidReason", equalTo("too slow"));
        assertEquals(0, outboxCount(orderId, "InvoicePrepared"));
        assertEquals(0, outboxCount(orderId, "InvoiceVoided")); // never issued, so nobody has to forget it
    }

    @Test
    void a_refund_credits_the_whole_invoice_once_with_a_numbered_credit_note() {
        String orderId = newOrderId();
        String sku = newSku("CLOCK");
        priceOf(sku, "40.00");
        List<AllocatedItem> items = List.of(item(sku, "Wall clock", 1));
        bus.publish(orderReceived(orderId, "DE", ShippingMethod.EXPRESS, false, false, null, items));
        bus.publish(stockAllocated(orderId, items));
        InvoicePrepared prepared = bus.await(InvoicePrepared.class, orderId);

        bus.publish(new OrderRefunded(orderId, "grace", "parcel lost by the carrier"));
        RefundIssued refund = bus.await(RefundIssued.class, orderId);

        assertEquals(prepared.invoiceNumber(), refund.invoiceNumber());
        assertTrue(refund.creditNoteNumber().matches("CN-\\d{4}-\\d{6}"), refund.creditNoteNumber());
        assertEquals("EUR", refund.currency());
        assertEquals(prepared.total(), refund.amount());
        assertEquals(new BigDecimal("59.38"), refund.amount()); // (40.00 + 9.90) × 1.19
        given().config(EXACT_NUMBERS).get("/invoices/{orderId}", orderId).then()
                .body("status", equalTo("REFUNDED"))
                .body("total", equalTo(new BigDecimal("59.38")))
                .body("creditNote.number", equalTo(refund.creditNoteNumber()))
                .body("creditNote.amount", equalTo(new BigDecimal("59.38")))
                .body("creditNote.issuedAt", notNullValue())
                .body("creditNote.requestedBy", equalTo("grace"))
                .body("creditNote.reason", equalTo("parcel lost by the carrier"));

        EventEnvelope refundedAgain = bus.publish(new OrderRefunded(orderId, "grace", "clicked twice"));
        EventEnvelope cancelledAfterwards = bus.publish(
                new OrderCancelled(orderId, OrderStatus.DELIVERY_FAILED, "late cancel", "ops"));
        awaitProcessed(refundedAgain.id());
        awaitProcessed(cancelledAfterwards.id());
        assertEquals(1, outboxCount(orderId, "RefundIssued"));
        assertEquals(0, outboxCount(orderId, "InvoiceVoided")); // settled by its credit note
        given().get("/invoices/{orderId}", orderId).then()
                .body("status", equalTo("REFUNDED"))
                .body("creditNote.number", equalTo(refund.creditNoteNumber()))
                .body("creditNote.reason", equalTo("parcel lost by the carrier"));
    }

    @Test
    void a_refund_without_an_invoice_or_of_a_voided_one_has_nothing_to_refund() {
        String neverInvoiced = newOrderId();
        String sku = newSku("SPOON");
        priceOf(sku, "2.00");
        List<AllocatedItem> items = List.of(item(sku, "Spoon", 4));
        bus.publish(orderReceived(neverInvoiced, "DE", ShippingMethod.STANDARD, false, false, null, items));
        EventEnvelope refundWithoutInvoice = bus.publish(new OrderRefunded(neverInvoiced, "grace", "goodwill"));

        String voided = newOrderId();
        bus.publish(orderReceived(voided, "DE", ShippingMethod.STANDARD, false, false, null, items));
        bus.publish(stockAllocated(voided, items));
        bus.publish(new OrderCancelled(voided, OrderStatus.INVOICED, "changed mind", "customer"));
        InvoiceVoided voidedInvoice = bus.await(InvoiceVoided.class, voided);
        EventEnvelope refundOfVoided = bus.publish(new OrderRefunded(voided, "grace", "goodwill"));

        awaitProcessed(refundWithoutInvoice.id());
        awaitProcessed(refundOfVoided.id());
        assertEquals(0, outboxCount(neverInvoiced, "RefundIssued"));
        assertEquals(0, outboxCount(voided, "RefundIssued"));
        given().get("/invoices/{orderId}", voided).then()
                .body("status", equalTo("VOIDED"))
                .body("creditNote", nullValue());
        // its credit note is the cancellation's, numbered after the voided invoice, not a refund's
        given().get("/invoices/{orderId}/credit-note", voided).then()
                .statusCode(200)
                .body(containsString("Credit note CN-" + voidedInvoice.invoiceNumber()))
                .body(containsString("order cancelled, invoice voided: changed mind"));
    }

    @Test
    void a_reshipment_and_the_allocation_it_brings_cost_the_customer_nothing() {
        String orderId = newOrderId();
        String sku = newSku("PLANT");
        priceOf(sku, "15.00");
        List<AllocatedItem> items = List.of(item(sku, "Pot plant", 1));
        bus.publish(orderReceived(orderId, "DE", ShippingMethod.STANDARD, false, false, null, items));
        bus.publish(stockAllocated(orderId, items));
        InvoicePrepared first = bus.await(InvoicePrepared.class, orderId);

        EventEnvelope reshipment = bus.publish(new ReshipmentRequested(orderId,
                List.of(new OrderLine(sku, 1)), "grace", "carrier lost the parcel"));
        EventEnvelope reallocation = bus.publish(stockAllocated(orderId, items));
        awaitProcessed(reshipment.id());
        awaitProcessed(reallocation.id());

        assertEquals(1, outboxCount(orderId, "InvoicePrepared"));
        given().get("/invoices/{orderId}", orderId).then()
                .body("number", equalTo(first.invoiceNumber()))
                .body("status", equalTo("PREPARED"));
    }

    @Test
    void an_allocation_for_an_order_billing_never_received_is_dead_lettered() {
        String orderId = newOrderId();
        bus.publish(stockAllocated(orderId, List.of(item(newSku("GHOST"), "Ghost", 1))));

        assertTrue(bus.awaitDeadLetter(orderId).contains("never received"));
    }

    @Test
    void a_malformed_record_is_dead_lettered_and_the_next_event_is_still_processed() {
        String orderId = newOrderId();
        String sku = newSku("PLATE");
        priceOf(sku, "9.00");
        List<AllocatedItem> items = List.of(item(sku, "Plate", 1));

        bus.publishRaw(orderId, "{ this is not a CloudEvent");
        bus.publish(orderReceived(orderId, "DE", ShippingMethod.STANDARD, false, false, null, items));
        bus.publish(stockAllocated(orderId, items));

        assertTrue(bus.awaitDeadLetter(orderId).contains("not a CloudEvent"));
        assertEquals(new BigDecimal("16.54"), bus.await(InvoicePrepared.class, orderId).total()); // 13.90 × 1.19
    }

    private void awaitProcessed(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from processed_event where event_id = ?", eventId) > 0);
    }

    private long outboxCount(String orderId, String type) {
        return count("select count(*) from outbox_message where order_id = ? and event_type = ?", orderId, type);
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
