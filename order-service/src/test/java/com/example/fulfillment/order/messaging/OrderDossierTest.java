package com.example.fulfillment.order.messaging;

import static com.example.fulfillment.order.OrderTestData.WAIT;
import static com.example.fulfillment.order.OrderTestData.allocated;
import static com.example.fulfillment.order.OrderTestData.awaitStatus;
import static com.example.fulfillment.order.OrderTestData.creditNote;
import static com.example.fulfillment.order.OrderTestData.invoiceNumber;
import static com.example.fulfillment.order.OrderTestData.verifiedOrder;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.events.OrderDocumentsFiled;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.ShippingLabelCreated;
import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.Document;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.order.OrderTestData;
import com.example.fulfillment.order.TestPdfs;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * The dossier files the documents the other services sent, byte for byte, whichever way the order ends, and
 * serves each on its own and all of them as one zip archive.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class OrderDossierTest {

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
    void aCompletedOrdersDossierServesTheInvoiceAndTheLabelAsTheyWereSent() {
        String orderId = verifiedOrder(bus, "STANDARD");
        String tracking = "TRK-" + orderId.substring(0, 8);
        Document label = Document.binary("LABEL", "Shipping label " + tracking, PDF,
                TestPdfs.printing("DHL Paket", tracking, "Ann Example, Main St 1, 10115 Berlin"));
        bus.publish(allocated(orderId));
        bus.publish(OrderTestData.invoice(orderId));
        bus.publish(new ShippingLabelCreated(orderId, "DHL", tracking,
                new Address("Ann Example", "Main St 1", "Berlin", "10115", null, "DE"), label));
        bus.publish(OrderTestData.packed(orderId));
        awaitStatus(orderId, "READY_FOR_SHIPMENT");
        bus.publish(OrderTestData.transport(orderId, ShippingMethod.STANDARD));
        awaitStatus(orderId, "SHIPMENT_APPROVED");
        bus.publish(OrderTestData.shipped(orderId));
        awaitStatus(orderId, "SHIPPED");
        confirmDelivery(orderId, "GOOD").statusCode(200);

        byte[] sentInvoice = bus.await(InvoicePrepared.class, orderId).invoiceDocument().bytes();
        Map<String, String> hrefs = hrefsByKind(orderId);
        assertEquals(List.of("ORDER_DETAILS", "PACKING_SLIP", "INVOICE", "LABEL"),
                List.copyOf(hrefs.keySet()));

        Response invoice = given().get(hrefs.get("INVOICE"));
        invoice.then().statusCode(200).contentType(startsWith(PDF)).header("Content-Disposition",
                equalTo("inline; filename=\"invoice-" + invoiceNumber(orderId) + ".pdf\""));
        assertArrayEquals(sentInvoice, invoice.asByteArray(), "the very bytes billing sent");
        String text = TestPdfs.textOf(invoice.asByteArray());
        assertTrue(text.contains("Invoice " + invoiceNumber(orderId)), text);
        assertTrue(text.contains("Total 10.71 EUR"), text);

        Response filedLabel = given().get(hrefs.get("LABEL"));
        filedLabel.then().statusCode(200).contentType(startsWith(PDF));
        assertArrayEquals(label.bytes(), filedLabel.asByteArray(), "the very bytes shipping sent");

        Response orderDetails = given().get(hrefs.get("ORDER_DETAILS"));
        orderDetails.then().statusCode(200).contentType(startsWith("text/plain"));
        assertTrue(orderDetails.asString().contains("Alles Gute"), orderDetails.asString());
    }

    @Test
    void theZipArchiveHoldsEveryFiledDocumentUnderItsFileName() throws IOException {
        String orderId = OrderTestData.shippedOrder(bus);
        confirmDelivery(orderId, "GOOD").statusCode(200);

        Response archive = given().get("/orders/{id}/documents.zip", orderId);
        archive.then().statusCode(200).contentType(startsWith("application/zip")).header("Content-Disposition",
                equalTo("attachment; filename=\"order-" + orderId + "-documents.zip\""));
        Map<String, byte[]> entries = unzip(archive.asByteArray());

        String invoiceFile = "invoice-" + invoiceNumber(orderId) + ".pdf";
        assertEquals(List.of("order-details-" + orderId + ".txt", "packing-slip.txt", invoiceFile,
                "shipping-label.txt"), List.copyOf(entries.keySet()));
        assertArrayEquals(bus.await(InvoicePrepared.class, orderId).invoiceDocument().bytes(),
                entries.get(invoiceFile));
        given().get("/orders/{id}/documents", orderId).then()
                .body("fileName", hasItem(invoiceFile))
                .body("find { it.kind == 'PACKING_SLIP' }.content", equalTo("1 x Red mug, gift wrapped"));
    }

    @Test
    void theOpsPageLinksEveryFiledDocumentAndTheArchiveThroughItsOwnSession() {
        String orderId = OrderTestData.shippedOrder(bus);
        confirmDelivery(orderId, "GOOD").statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> assertTrue(hrefsByKind(orderId).containsKey("INVOICE")));

        String page = given().accept("text/html").get("/ops/orders/{id}", orderId).then().statusCode(200)
                .extract().asString();
        Map<String, String> links = new LinkedHashMap<>();
        Matcher link = Pattern.compile("href=\"(/ops/orders/[^\"]+)\" data-kind=\"([A-Z_]+)\"").matcher(page);
        while (link.find()) {
            links.put(link.group(2), link.group(1));
        }
        assertEquals(List.of("ORDER_DETAILS", "PACKING_SLIP", "INVOICE", "LABEL"), List.copyOf(links.keySet()), page);
        hrefsByKind(orderId).forEach((kind, href) -> {
            assertEquals("/ops" + href, links.get(kind));
            assertArrayEquals(given().get(href).asByteArray(), given().get(links.get(kind)).then().statusCode(200)
                    .extract().asByteArray(), kind + ": the ops page serves the same bytes as the API");
        });
        assertTrue(page.contains("href=\"/ops/orders/" + orderId + "/documents.zip\""), page);
        given().get("/ops/orders/{id}/documents.zip", orderId).then().statusCode(200)
                .contentType(startsWith("application/zip"));
    }

    @Test
    void aCancelledOrdersDossierIsFiledAtOnceAndTakesTheCreditNoteWhenBillingSendsIt() {
        String orderId = verifiedOrder(bus, "STANDARD");
        bus.publish(allocated(orderId));
        bus.publish(OrderTestData.invoice(orderId));
        awaitStatus(orderId, "INVOICED");
        given().contentType(ContentType.JSON).body(Map.of("reason", "found it cheaper"))
                .post("/orders/{id}/cancel", orderId).then().statusCode(200);
        given().get("/orders/{id}/documents", orderId).then().statusCode(200)
                .body("kind", contains("ORDER_DETAILS", "INVOICE"));

        String creditNoteNumber = "CN-" + invoiceNumber(orderId);
        Document creditNote = creditNote(creditNoteNumber);
        bus.publish(new InvoiceVoided(orderId, invoiceNumber(orderId), "order cancelled", creditNote));

        assertEquals(List.of("ORDER_DETAILS", "INVOICE", "CREDIT_NOTE"), bus.await(OrderDocumentsFiled.class,
                orderId, filed -> filed.documents().contains("CREDIT_NOTE")).documents());
        Response filed = given().get(hrefsByKind(orderId).get("CREDIT_NOTE"));
        filed.then().statusCode(200).contentType(startsWith(PDF)).header("Content-Disposition",
                equalTo("inline; filename=\"credit-note-" + creditNoteNumber + ".pdf\""));
        assertArrayEquals(creditNote.bytes(), filed.asByteArray());
        assertTrue(TestPdfs.textOf(filed.asByteArray()).contains("Credit note " + creditNoteNumber));
    }

    @Test
    void aRefundedOrdersDossierHasTheCreditNoteOfTheRefund() {
        String orderId = OrderTestData.shippedOrder(bus);
        confirmDelivery(orderId, "DAMAGED").statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("reason", "box crushed"))
                .post("/orders/{id}/refund", orderId).then().statusCode(200);
        given().get("/orders/{id}/documents", orderId).then()
                .body("kind", contains("ORDER_DETAILS", "PACKING_SLIP", "INVOICE", "LABEL"));

        String creditNoteNumber = "CN-2026-" + orderId.substring(0, 6);
        Document creditNote = creditNote(creditNoteNumber);
        bus.publish(new RefundIssued(orderId, invoiceNumber(orderId), creditNoteNumber, "EUR",
                new BigDecimal("10.71"), creditNote));

        await().atMost(WAIT).untilAsserted(() -> assertTrue(hrefsByKind(orderId).containsKey("CREDIT_NOTE")));
        assertArrayEquals(creditNote.bytes(), given().get(hrefsByKind(orderId).get("CREDIT_NOTE")).asByteArray());
    }

    @Test
    void anInvoiceAnnouncedWithoutItsPdfLeavesTheDossierWithoutAnInvoiceNotACopy() {
        String orderId = verifiedOrder(bus, "STANDARD");
        InvoicePrepared withPdf = OrderTestData.invoice(orderId);
        bus.publish(allocated(orderId));
        bus.publish(new InvoicePrepared(orderId, withPdf.invoiceNumber(), withPdf.currency(), withPdf.lines(),
                withPdf.subtotal(), withPdf.discountTotal(), withPdf.feesTotal(), withPdf.taxTotal(), withPdf.total()));
        awaitStatus(orderId, "INVOICED");
        given().contentType(ContentType.JSON).body(Map.of()).post("/orders/{id}/cancel", orderId).then()
                .statusCode(200);

        given().get("/orders/{id}/documents", orderId).then().body("kind", contains("ORDER_DETAILS"));
    }

    @Test
    void unknownOrdersDocumentsAndEmptyDossiersAreProblemDetails() {
        String unknown = UUID.randomUUID().toString();
        given().get("/orders/{id}/documents/{documentId}", unknown, UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        given().get("/orders/{id}/documents.zip", unknown).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));

        String notEnded = verifiedOrder(bus, "STANDARD");
        given().get("/orders/{id}/documents.zip", notEnded).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/orders/{id}/documents/{documentId}", notEnded, UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/orders/{id}/documents/{documentId}", notEnded, "not-a-uuid").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));

        // a document of one order is not found under another
        String cancelled = verifiedOrder(bus, "STANDARD");
        given().contentType(ContentType.JSON).body(Map.of()).post("/orders/{id}/cancel", cancelled).then()
                .statusCode(200);
        String href = hrefsByKind(cancelled).get("ORDER_DETAILS");
        given().get(href.replace(cancelled, notEnded)).then().statusCode(404);
    }

    private static ValidatableResponse confirmDelivery(String orderId, String condition) {
        return given().contentType(ContentType.JSON).body(Map.of("condition", condition))
                .post("/orders/{id}/delivery-confirmation", orderId).then();
    }

    /** The listing's href of each filed document, in the dossier's order. */
    private static Map<String, String> hrefsByKind(String orderId) {
        List<Map<String, Object>> documents = given().get("/orders/{id}/documents", orderId).then()
                .statusCode(200).extract().path("$");
        Map<String, String> hrefs = new LinkedHashMap<>();
        documents.forEach(document -> hrefs.put((String) document.get("kind"), (String) document.get("href")));
        return hrefs;
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
