import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Handing bought shipments to the carrier: pickups (rated per carrier, bought, cancelled) and scan forms (one
 * manifest for many shipments, each shipment on one form at most). Under the shipments' lock, as all state is.
 */
final class Handovers {

    record PickupService(String service, double price) {
    }

    static final Map<String, List<PickupService>> PICKUP_SERVICES = Map.of(
            "USPS", List.of(new PickupService("NextDay", 0.00)),
            "UPS", List.of(new PickupService("Same-day Pickup", 8.25), new PickupService("Future-day Pickup", 4.50)),
            "DHLExpress", List.of(new PickupService("DomesticExpress", 0.00)),
            "LocalCourier", List.of(new PickupService("SameDay", 0.00)));

    private final Shipments shipments;
    private final Trackers trackers;
    private final String publicUrl;
    private final Map<String, JsonObject> pickups = new HashMap<>();
    private final Map<String, JsonObject> scanForms = new HashMap<>();
    private final Map<String, List<String[]>> manifestRows = new HashMap<>();
    private final AtomicLong confirmations = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

    Handovers(Shipments shipments, Trackers trackers, String publicUrl) {
        this.shipments = shipments;
        this.trackers = trackers;
        this.publicUrl = publicUrl;
    }

    JsonObject createPickup(JsonObject request) {
        String shipmentId = Json.text(Json.object(request, "shipment"), "id");
        Instant earliest = Json.parseInstant(Json.text(request, "min_datetime"), "min_datetime");
        Instant latest = Json.parseInstant(Json.text(request, "max_datetime"), "max_datetime");
        if (shipmentId == null || earliest == null || latest == null) {
            throw new ApiError(422, "PICKUP.MISSING_PARAMETERS", "A pickup needs shipment.id, min_datetime and "
                    + "max_datetime.", missing(shipmentId == null ? "shipment.id" : null,
                            earliest == null ? "min_datetime" : null, latest == null ? "max_datetime" : null));
        }
        if (!latest.isAfter(earliest)) {
            throw ApiError.invalid("PICKUP.INVALID_WINDOW", "max_datetime must be after min_datetime.");
        }
        synchronized (shipments.lock) {
            JsonObject shipment = shipments.existing(shipmentId).json;
            JsonObject rate = Json.object(shipment, "selected_rate");
            if (rate == null) {
                throw ApiError.invalid("PICKUP.SHIPMENT.NOT_PURCHASED", "Shipment " + shipmentId
                        + " has no label yet; buy it before scheduling its pickup.");
            }
            JsonObject address = Json.object(request, "address");
            String now = Json.now();
            String id = Json.id("pickup");
            JsonObject pickup = new JsonObject();
            pickup.addProperty("id", id);
            pickup.addProperty("object", "Pickup");
            pickup.addProperty("mode", "test");
            pickup.addProperty("created_at", now);
            pickup.addProperty("updated_at", now);
            pickup.addProperty("status", "unknown");
            pickup.addProperty("reference", Json.text(request, "reference"));
            pickup.addProperty("min_datetime", Json.instant(earliest));
            pickup.addProperty("max_datetime", Json.instant(latest));
            pickup.addProperty("is_account_address", Shipments.bool(request, "is_account_address"));
            pickup.addProperty("instructions", Json.text(request, "instructions"));
            pickup.add("confirmation", null);
            pickup.add("messages", new JsonArray());
            pickup.add("carrier_accounts", new JsonArray());
            pickup.add("address", address == null ? Json.object(shipment, "from_address").deepCopy()
                    : ShipmentParts.address(address, Instant.now()));
            pickup.addProperty("shipment_id", shipmentId);
            String carrier = Json.text(rate, "carrier");
            JsonArray rates = new JsonArray();
            for (PickupService service : PICKUP_SERVICES.getOrDefault(carrier, List.of())) {
                JsonObject pickupRate = new JsonObject();
                pickupRate.addProperty("id", Json.id("pickuprate"));
                pickupRate.addProperty("object", "PickupRate");
                pickupRate.addProperty("mode", "test");
                pickupRate.addProperty("created_at", now);
                pickupRate.addProperty("updated_at", now);
                pickupRate.addProperty("carrier", carrier);
                pickupRate.addProperty("service", service.service());
                pickupRate.addProperty("rate", String.format(Locale.ROOT, "%.2f", service.price()));
                pickupRate.addProperty("currency", "USD");
                pickupRate.addProperty("pickup_id", id);
                rates.add(pickupRate);
            }
            pickup.add("pickup_rates", rates);
            pickups.put(id, pickup);
            return pickup.deepCopy();
        }
    }

    JsonObject pickup(String id) {
        synchronized (shipments.lock) {
            return existingPickup(id).deepCopy();
        }
    }

    JsonObject buyPickup(String id, JsonObject request) {
        String carrier = Json.text(request, "carrier");
        String service = Json.text(request, "service");
        synchronized (shipments.lock) {
            JsonObject pickup = existingPickup(id);
            if (!"unknown".equals(Json.text(pickup, "status"))) {
                throw ApiError.invalid("PICKUP.ALREADY_" + Json.text(pickup, "status").toUpperCase(Locale.ROOT),
                        "Pickup " + id + " is already " + Json.text(pickup, "status") + ".");
            }
            boolean offered = false;
            for (JsonElement rate : pickup.getAsJsonArray("pickup_rates")) {
                JsonObject candidate = rate.getAsJsonObject();
                offered |= candidate.get("carrier").getAsString().equalsIgnoreCase(String.valueOf(carrier))
                        && candidate.get("service").getAsString().equalsIgnoreCase(String.valueOf(service));
            }
            if (!offered) {
                throw new ApiError(422, "PICKUP.RATE.INVALID", "No pickup rate of " + id + " is " + carrier + " "
                        + service + ".", missing("carrier", "service"));
            }
            pickup.addProperty("status", "scheduled");
            pickup.addProperty("confirmation", "PU" + String.format("%08d", confirmations.incrementAndGet()));
            pickup.addProperty("updated_at", Json.now());
            return pickup.deepCopy();
        }
    }

    JsonObject cancelPickup(String id) {
        synchronized (shipments.lock) {
            JsonObject pickup = existingPickup(id);
            if ("canceled".equals(Json.text(pickup, "status"))) {
                throw ApiError.invalid("PICKUP.ALREADY_CANCELED", "Pickup " + id + " is already canceled.");
            }
            pickup.addProperty("status", "canceled");
            pickup.addProperty("updated_at", Json.now());
            return pickup.deepCopy();
        }
    }

    JsonObject createScanForm(JsonObject request) {
        JsonArray listed = request.has("shipments") && request.get("shipments").isJsonArray()
                ? request.getAsJsonArray("shipments") : new JsonArray();
        if (listed.isEmpty()) {
            throw new ApiError(422, "SCAN_FORM.MISSING_PARAMETERS", "A scan form needs shipments.",
                    missing("shipments"));
        }
        List<String> accepted;
        JsonObject created;
        synchronized (shipments.lock) {
            List<Shipments.Entry> entries = new ArrayList<>();
            List<ApiError.FieldError> refused = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonElement element : listed) {
                String shipmentId = element.isJsonObject() ? Json.text(element.getAsJsonObject(), "id")
                        : element.getAsString();
                Shipments.Entry entry = shipments.existing(shipmentId);
                String field = "shipments[" + shipmentId + "]";
                if (!seen.add(shipmentId)) {
                    refused.add(new ApiError.FieldError(field, "is listed twice"));
                } else if (Json.object(entry.json, "postage_label") == null) {
                    refused.add(new ApiError.FieldError(field, "has no postage label"));
                } else if (Json.text(entry.json, "refund_status") != null) {
                    refused.add(new ApiError.FieldError(field, "is refunded"));
                } else if (entry.scanFormId != null) {
                    refused.add(new ApiError.FieldError(field, "is already on scan form " + entry.scanFormId));
                }
                entries.add(entry);
            }
            if (!refused.isEmpty()) {
                throw new ApiError(422, "SCAN_FORM.CREATE.FAILURE", "Some shipments cannot be on this scan form.",
                        refused);
            }
            String now = Json.now();
            String id = Json.id("sf");
            JsonArray trackingCodes = new JsonArray();
            entries.forEach(entry -> trackingCodes.add(Json.text(entry.json, "tracking_code")));
            JsonObject form = new JsonObject();
            form.addProperty("id", id);
            form.addProperty("object", "ScanForm");
            form.addProperty("mode", "test");
            form.addProperty("created_at", now);
            form.addProperty("updated_at", now);
            form.addProperty("status", "created");
            form.add("message", null);
            form.add("address", Json.object(entries.get(0).json, "from_address").deepCopy());
            form.add("tracking_codes", trackingCodes);
            form.addProperty("form_url", publicUrl + "/forms/" + id + ".pdf");
            form.addProperty("form_file_type", "application/pdf");
            form.add("confirmation", null);
            form.add("batch_id", null);
            List<String[]> rows = new ArrayList<>();
            for (Shipments.Entry entry : entries) {
                JsonObject rate = Json.object(entry.json, "selected_rate");
                JsonObject to = Json.object(entry.json, "to_address");
                rows.add(new String[] {Json.text(entry.json, "tracking_code"),
                        Json.text(rate, "carrier") + " " + Json.text(rate, "service"),
                        String.join(", ", Documents.addressLines(to))});
                entry.scanFormId = id;
                entry.json.add("scan_form", form.deepCopy());
            }
            scanForms.put(id, form);
            manifestRows.put(id, rows);
            accepted = entries.stream().map(entry -> entry.trackerId).filter(java.util.Objects::nonNull).toList();
            created = form.deepCopy();
        }
        accepted.forEach(trackers::accept);
        return created;
    }

    JsonObject scanForm(String id) {
        synchronized (shipments.lock) {
            JsonObject form = scanForms.get(id);
            if (form == null) {
                throw ApiError.notFound("scan form", id);
            }
            return form.deepCopy();
        }
    }

    /** The manifest's rows (tracking code, carrier and service, recipient), drawn by the caller. */
    byte[] manifest(String id) {
        JsonObject form = scanForm(id);
        List<String[]> rows;
        synchronized (shipments.lock) {
            rows = List.copyOf(manifestRows.get(id));
        }
        return Documents.manifestPdf(id, Json.object(form, "address"), rows, Json.text(form, "created_at"));
    }

    private JsonObject existingPickup(String id) {
        JsonObject pickup = pickups.get(id);
        if (pickup == null) {
            throw ApiError.notFound("pickup", id);
        }
        return pickup;
    }

    private static List<ApiError.FieldError> missing(String... fields) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        for (String field : fields) {
            if (field != null) {
                errors.add(new ApiError.FieldError(field, "is required"));
            }
        }
        return errors;
    }
}
