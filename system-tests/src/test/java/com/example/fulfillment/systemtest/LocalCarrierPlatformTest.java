package com.example.fulfillment.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.easypost.exception.API.InvalidRequestError;
import com.easypost.exception.API.UnauthorizedError;
import com.easypost.model.Pickup;
import com.easypost.model.PickupRate;
import com.easypost.model.Rate;
import com.easypost.model.ScanForm;
import com.easypost.model.Shipment;
import com.easypost.model.Tracker;
import com.easypost.service.EasyPostClient;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;

/**
 * The local carrier platform of deploy/infra.sh (deploy/infra/CarrierPlatform.java) as shipping-service's EasyPost
 * adapter will see it: through EasyPost's own Java client, over HTTPS trusted with the platform's trust store,
 * with its webhooks received here and their signatures checked as EasyPost documents them. Needs the
 * infrastructure running (deploy/infra.sh start) with the platform's default key and webhook secret.
 */
class LocalCarrierPlatformTest {

    private static final String API_BASE = "https://127.0.0.1:3027";
    private static final String API_KEY = "local-easypost-key";
    private static final String WEBHOOK_SECRET = "local-easypost-secret";

    record Delivery(byte[] body, String signature) {
    }

    private static final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    private static HttpServer receiver;
    private static String receiverUrl;
    private static HttpClient http;
    private static EasyPostClient client;

    @BeforeAll
    static void trustThePlatformAndListen() throws Exception {
        SSLContext tls = LocalPlatform.TLS;
        // the EasyPost client opens plain HttpsURLConnections, which take the default factory
        HttpsURLConnection.setDefaultSSLSocketFactory(tls.getSocketFactory());
        http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        client = new EasyPostClient(API_KEY, API_BASE);

        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            try (exchange) {
                deliveries.add(new Delivery(exchange.getRequestBody().readAllBytes(),
                        exchange.getRequestHeaders().getFirst("X-Hmac-Signature")));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        receiver.start();
        receiverUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        int subscribed = admin("POST", "/admin/webhooks", "{\"url\":\"" + receiverUrl + "\"}").statusCode();
        assertTrue(subscribed == 200 || subscribed == 201, "subscribing the test's webhook: HTTP " + subscribed);
    }

    @AfterAll
    static void stopListening() throws Exception {
        if (receiverUrl != null) {
            admin("DELETE", "/admin/webhooks", "{\"url\":\"" + receiverUrl + "\"}");
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void ratesBuysLabelsAndDeliversWithSignedWebhooks() throws Exception {
        Shipment shipment = client.shipment.create(shipment("Ada Lovelace", "78701", 24));
        assertTrue(shipment.getId().startsWith("shp_"));
        List<String> carriers = shipment.getRates().stream().map(Rate::getCarrier).distinct().toList();
        assertTrue(carriers.containsAll(List.of("USPS", "UPS", "DHLExpress")), "carriers: " + carriers);
        Rate cheapest = shipment.lowestRate();
        assertTrue(cheapest.getRate() > 0 && "USD".equals(cheapest.getCurrency()));

        Shipment bought = client.shipment.buy(shipment.getId(), cheapest);
        String trackingCode = bought.getTrackingCode();
        assertEquals(cheapest.getId(), bought.getSelectedRate().getId());
        assertEquals(trackingCode, bought.getTracker().getTrackingCode());
        assertEquals("pre_transit", bought.getTracker().getStatus());

        String labelText = pdfText(download(bought.getPostageLabel().getLabelUrl()));
        assertTrue(labelText.contains(trackingCode), labelText);
        assertTrue(labelText.contains("Ada Lovelace") && labelText.contains(cheapest.getService()), labelText);

        Shipment zpl = client.shipment.label(shipment.getId(), Map.of("file_format", "ZPL"));
        String zplLabel = new String(download(zpl.getPostageLabel().getLabelZplUrl()), StandardCharsets.UTF_8);
        assertTrue(zplLabel.contains("^BC") && zplLabel.contains("^FD" + trackingCode), zplLabel);

        String trackerId = bought.getTracker().getId();
        for (int step = 0; step < 10 && !"delivered".equals(client.tracker.retrieve(trackerId).getStatus()); step++) {
            // the platform's own clock may take the last step between the read and the advance: a 422 then
            admin("POST", "/admin/trackers/" + trackerId + "/advance", "");
        }
        Tracker tracker = client.tracker.retrieve(trackerId);
        assertEquals("delivered", tracker.getStatus());
        assertEquals(List.of("pre_transit", "in_transit", "out_for_delivery", "delivered"),
                tracker.getTrackingDetails().stream().map(detail -> detail.getStatus()).toList());
        assertNotNull(tracker.getEstDeliveryDate());

        await().atMost(Duration.ofSeconds(20)).until(() -> eventsFor(trackingCode).stream()
                .anyMatch(event -> "delivered".equals(event.getAsJsonObject("result").get("status").getAsString())));
        for (Delivery delivery : deliveries) {
            assertEquals("hmac-sha256-hex=" + hmacHex(delivery.body()), delivery.signature());
        }
        JsonObject delivered = eventsFor(trackingCode).stream().filter(event -> "tracker.updated".equals(
                event.get("description").getAsString())).reduce((first, last) -> last).orElseThrow();
        assertEquals("Event", delivered.get("object").getAsString());
        assertTrue(delivered.get("id").getAsString().startsWith("evt_"));
    }

    @Test
    void picksUpAndManifestsBoughtShipments() throws Exception {
        Shipment first = buyCheapest(shipment("Grace Hopper", "10001", 16));
        Shipment second = buyCheapest(shipment("Alan Turing", "94105", 40));

        Pickup pickup = client.pickup.create(Map.of("shipment", Map.of("id", first.getId()),
                "address", address("Dock 4", "78702"),
                "min_datetime", Instant.now().plusSeconds(3600).toString(),
                "max_datetime", Instant.now().plusSeconds(7200).toString(),
                "instructions", "Ring at the loading dock"));
        assertTrue(pickup.getId().startsWith("pickup_"));
        assertFalse(pickup.getPickupRates().isEmpty());
        PickupRate pickupRate = pickup.getPickupRates().get(0);
        Pickup scheduled = client.pickup.buy(pickup.getId(), pickupRate);
        assertEquals("scheduled", scheduled.getStatus());
        assertNotNull(scheduled.getConfirmation());
        assertEquals("canceled", client.pickup.cancel(pickup.getId()).getStatus());

        ScanForm form = client.scanForm.create(Map.of("shipments",
                List.of(Map.of("id", first.getId()), Map.of("id", second.getId()))));
        assertTrue(form.getId().startsWith("sf_"));
        assertEquals("created", form.getStatus());
        assertEquals(List.of(first.getTrackingCode(), second.getTrackingCode()), form.getTrackingCodes());
        String manifest = pdfText(download(form.getFormUrl()));
        assertTrue(manifest.contains(first.getTrackingCode()) && manifest.contains(second.getTrackingCode()), manifest);
        InvalidRequestError again = assertThrows(InvalidRequestError.class, () -> client.scanForm.create(
                Map.of("shipments", List.of(Map.of("id", first.getId())))));
        assertEquals(422, again.getStatusCode());
    }

    @Test
    void refundsALabelUntilTheParcelMoves() throws Exception {
        Shipment bought = buyCheapest(shipment("Katherine Johnson", "23666", 8));
        assertEquals("submitted", client.shipment.refund(bought.getId()).getRefundStatus());
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> "refunded".equals(client.shipment.retrieve(bought.getId()).getRefundStatus()));

        Shipment moving = buyCheapest(shipment("Hedy Lamarr", "60601", 8));
        admin("POST", "/admin/trackers/" + moving.getTracker().getId() + "/advance", "");
        InvalidRequestError refused = assertThrows(InvalidRequestError.class,
                () -> client.shipment.refund(moving.getId()));
        assertEquals(422, refused.getStatusCode());
    }

    @Test
    void playsTheScenarioNamedInTheRecipientOrSetByTheAdminApi() throws Exception {
        Shipment failing = buyCheapest(shipment("Erwin [failed-attempt]", "30301", 12));
        assertEquals(List.of("pre_transit", "in_transit", "out_for_delivery", "failure", "out_for_delivery",
                "delivered"), statusesToTheEnd(failing.getTracker().getId()));

        Shipment returned = buyCheapest(shipment("Marie Curie", "02139", 12));
        String trackerId = returned.getTracker().getId();
        HttpResponse<String> scenario = admin("POST", "/admin/trackers/" + trackerId + "/scenario",
                "{\"scenario\":\"return\"}");
        assertEquals(200, scenario.statusCode(), scenario.body());
        assertEquals("return_to_sender", statusesToTheEnd(trackerId).get(3));

        Shipment delayed = buyCheapest(shipment("Nikola [delay]", "98101", 12));
        Tracker atStart = client.tracker.retrieve(delayed.getTracker().getId());
        admin("POST", "/admin/trackers/" + atStart.getId() + "/advance", "");
        admin("POST", "/admin/trackers/" + atStart.getId() + "/advance", "");
        Tracker late = client.tracker.retrieve(atStart.getId());
        assertEquals("in_transit", late.getStatus());
        assertEquals("weather_delay", late.getStatusDetail());
        assertTrue(late.getEstDeliveryDate().after(atStart.getEstDeliveryDate()));
    }

    @Test
    void refusesAsEasyPostDoes() throws Exception {
        Map<String, Object> withoutZip = shipment("No Zip", "", 10);
        InvalidRequestError noZip = assertThrows(InvalidRequestError.class, () -> client.shipment.create(withoutZip));
        assertEquals(422, noZip.getStatusCode());
        assertEquals("ADDRESS.VERIFY.FAILURE", noZip.getCode());
        assertTrue(noZip.getErrors().stream().anyMatch(error -> "to_address.zip".equals(error.getField())));

        Shipment heavy = client.shipment.create(shipment("Heavy Load", "78701", 151 * 16));
        assertTrue(heavy.getRates().isEmpty());
        assertFalse(heavy.getMessages().isEmpty());

        Shipment bought = buyCheapest(shipment("Twice Bought", "78701", 10));
        InvalidRequestError twice = assertThrows(InvalidRequestError.class,
                () -> client.shipment.buy(bought.getId(), bought.getRates().get(0)));
        assertEquals(422, twice.getStatusCode());
        assertTrue(twice.getMessage().contains("already purchased"), twice.getMessage());

        UnauthorizedError wrongKey = assertThrows(UnauthorizedError.class,
                () -> new EasyPostClient("not-a-key", API_BASE).shipment.retrieve(bought.getId()));
        assertEquals(401, wrongKey.getStatusCode());
    }

    /** Advances the tracker until it has no step left (a 422 from the admin API) and lists its statuses. */
    private static List<String> statusesToTheEnd(String trackerId) throws Exception {
        for (int step = 0; step < 10; step++) {
            if (admin("POST", "/admin/trackers/" + trackerId + "/advance", "").statusCode() == 422) {
                break;
            }
        }
        return client.tracker.retrieve(trackerId).getTrackingDetails().stream().map(detail -> detail.getStatus())
                .toList();
    }

    private static Shipment buyCheapest(Map<String, Object> params) throws Exception {
        Shipment shipment = client.shipment.create(params);
        return client.shipment.buy(shipment.getId(), shipment.lowestRate());
    }

    private static Map<String, Object> shipment(String recipient, String zip, double ounces) {
        return Map.of("to_address", Map.of("name", recipient, "street1", "100 Congress Ave", "city", "Austin",
                "state", "TX", "zip", zip, "country", "US"),
                "from_address", address("Fulfillment Warehouse", "78702"),
                "parcel", Map.of("length", 10, "width", 8, "height", 4, "weight", ounces));
    }

    private static Map<String, Object> address(String name, String zip) {
        return Map.of("company", name, "street1", "500 E 5th St", "city", "Austin", "state", "TX", "zip", zip);
    }

    private static List<JsonObject> eventsFor(String trackingCode) {
        return deliveries.stream().map(delivery -> JsonParser.parseString(
                new String(delivery.body(), StandardCharsets.UTF_8)).getAsJsonObject())
                .filter(event -> trackingCode.equals(event.getAsJsonObject("result").get("tracking_code")
                        .getAsString()))
                .toList();
    }

    private static String hmacHex(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Normalizer.normalize(WEBHOOK_SECRET, Normalizer.Form.NFKD)
                .getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(API_BASE + path))
                .header("Authorization", "Bearer " + API_KEY).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
