package com.example.fulfillment.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.RunningStack.Service;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An order from POST /orders to COMPLETED with no webhook written by the test: shipping-service, restarted on the
 * local carrier platform (as a user points it at EasyPost), buys the label, books the pickup and hands the parcel
 * over on a scan form; the platform's own clock then moves the parcel and posts its signed tracker.updated
 * webhooks; the customer confirms. A cancellation after the label was bought asks for its money back.
 */
class CarrierPlatformJourneyIT {

    /** Three steps of the platform's clock (5 s each by default) after the scan form, and slack for two cores. */
    private static final Duration PARCEL_JOURNEY = Duration.ofSeconds(120);

    private static RunningStack stack;
    private static String webhook;

    @BeforeAll
    static void shippingOnThePlatform() throws Exception {
        stack = RunningStack.shared();
        stack.restartWith(Service.SHIPPING, LocalPlatform.shippingSettings());
        webhook = Service.SHIPPING.url() + "/carriers/easypost/webhooks";
        LocalPlatform.addWebhook(webhook);
    }

    @AfterAll
    static void shippingBackOnTheContracts() throws Exception {
        LocalPlatform.removeWebhook(webhook);
        stack.restartWith(Service.SHIPPING, java.util.Map.of());
    }

    @Test
    void anOrderShipsOnABoughtLabelAndItsParcelTravelsByItself() throws IOException {
        String vase = Shop.stockProduct("VASE", "home", 4, "39.00", true);
        String orderId = Shop.place(Shop.order(Shop.unique("plat") + "@example.com", "STANDARD", vase, 1));

        JsonPath shipped = Shop.awaitStatus(orderId, "SHIPPED");
        String trackingNumber = shipped.getString("trackingNumber");
        JsonPath shipment = Shop.shipment(orderId);
        assertTrue(shipment.getString("label.platform.shipmentId").startsWith("shp_"), shipment.prettify());
        assertTrue(shipment.getString("label.platform.rateReason").contains("cheapest"), shipment.prettify());
        assertNotNull(shipment.getString("transport.pickupConfirmation"), "the platform booked the pickup");
        assertTrue(shipment.getString("handover.scanForm").startsWith("sf_"), "handed over on a scan form");

        byte[] label = Identity.GRACE.request().accept("application/pdf")
                .get(Service.SHIPPING.url() + "/shipments/" + orderId + "/label.pdf")
                .then().statusCode(200).extract().asByteArray();
        assertTrue(textOf(label).contains(trackingNumber), "the label shows its tracking code");
        JsonPath invoice = Shop.invoice(orderId);
        byte[] invoicePdf = Identity.GRACE.request().accept("application/pdf")
                .get(Service.BILLING.url() + "/invoices/" + orderId + "/document")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String invoiceText = textOf(invoicePdf);
        assertTrue(invoiceText.contains(invoice.getString("number")), invoiceText);
        assertTrue(invoiceText.contains(invoice.getString("total")), invoiceText);

        await().atMost(PARCEL_JOURNEY).pollInterval(Duration.ofSeconds(1))
                .until(() -> Shop.view(orderId).getString("status"), "DELIVERED"::equals);
        Shop.confirmDelivery(orderId, "GOOD");
        JsonPath completed = Shop.awaitStatus(orderId, "COMPLETED");

        List<String> statuses = Shop.timelineStatuses(completed);
        for (String status : List.of("INVOICED", "READY_FOR_SHIPMENT", "SHIPMENT_APPROVED", "SHIPPED", "DELIVERED",
                "COMPLETED")) {
            assertTrue(statuses.contains(status), "timeline shows " + status + ": " + statuses);
        }
        List<String> scans = Identity.GRACE.request().get(Service.SHIPPING.url() + "/tracking/" + trackingNumber)
                .then().statusCode(200).extract().jsonPath().getList("events.status");
        assertTrue(scans.containsAll(List.of("IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED")),
                "the platform reported the parcel's way: " + scans);
    }

    @Test
    void cancellingAfterTheLabelWasBoughtRefundsItAndFilesTheCreditNote() throws IOException {
        String jug = Shop.stockProduct("JUG", "kitchen", 3, "18.00", true);
        // SAME_DAY waits at the Shipment Details gate: the label is bought, the parcel not yet handed over
        String orderId = Shop.place(Shop.order(Shop.unique("platc") + "@example.com", "SAME_DAY", jug, 1));
        Shop.awaitPendingApproval(orderId, "SHIPMENT_DETAILS");
        assertTrue(Shop.shipment(orderId).getString("label.platform.shipmentId").startsWith("shp_"));

        Identity.SHOP.request().contentType(ContentType.JSON).body(java.util.Map.of("reason", "changed my mind"))
                .post(Service.ORDER.url() + "/orders/" + orderId + "/cancel").then().statusCode(200);
        Shop.awaitStatus(orderId, "CANCELLED");
        await().atMost(Shop.SAGA_STEP).untilAsserted(() -> {
            JsonPath shipment = Shop.shipment(orderId);
            assertEquals("CANCELLED", shipment.getString("status"));
            assertTrue(List.of("SUBMITTED", "REFUNDED").contains(shipment.getString("label.platform.refund")),
                    shipment.prettify());
        });

        // the cancelled order's dossier holds the credit note that voids its invoice, as billing issued it
        String creditNoteHref = await().atMost(Shop.SAGA_STEP).pollInterval(Duration.ofMillis(500))
                .until(() -> Identity.GRACE.request().get(Service.ORDER.url() + "/orders/" + orderId + "/documents")
                        .then().statusCode(200).extract().jsonPath()
                        .<String> getList("findAll { it.kind == 'CREDIT_NOTE' }.href"), hrefs -> !hrefs.isEmpty())
                .get(0);
        byte[] creditNote = Identity.GRACE.request().get(Service.ORDER.url() + creditNoteHref)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = textOf(creditNote);
        assertTrue(text.contains("CN-" + Shop.invoice(orderId).getString("number")), text);
        byte[] archive = Identity.GRACE.request().get(Service.ORDER.url() + "/orders/" + orderId + "/documents.zip")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        assertTrue(archive.length > creditNote.length, "the archive holds the credit note and the other papers");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
