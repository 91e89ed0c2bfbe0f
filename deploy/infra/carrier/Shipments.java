import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Shipments: rated at creation, bought once (a tracking code, a postage label, a tracker), refunded while the
 * parcel has not moved. All state of the platform is guarded by one lock, held only for map and JSON work: PDFs
 * are drawn from a snapshot after it is released. The oldest shipments are forgotten beyond a cap, so that a
 * long benchmark does not grow the heap without bound.
 */
final class Shipments {

    static final class Entry {
        final JsonObject json;
        final double weightOunces;
        String trackerId;
        String scanFormId;

        Entry(JsonObject json, double weightOunces) {
            this.json = json;
            this.weightOunces = weightOunces;
        }
    }

    final Object lock;
    private final Map<String, Entry> shipments = new LinkedHashMap<>();
    private final Map<String, String> shipmentOfLabel = new HashMap<>();
    private final Trackers trackers;
    private final Rates rates = new Rates();
    private final ScheduledExecutorService scheduler;
    private final String publicUrl;
    private final long refundMillis;
    private final int maxShipments;

    Shipments(Object lock, Trackers trackers, ScheduledExecutorService scheduler, String publicUrl,
            long refundMillis, int maxShipments) {
        this.lock = lock;
        this.trackers = trackers;
        this.scheduler = scheduler;
        this.publicUrl = publicUrl;
        this.refundMillis = refundMillis;
        this.maxShipments = maxShipments;
    }

    JsonObject create(JsonObject request) {
        JsonObject to = Json.object(request, "to_address");
        JsonObject from = Json.object(request, "from_address");
        JsonObject parcel = Json.object(request, "parcel");
        List<ApiError.FieldError> errors = new ArrayList<>();
        ShipmentParts.requireAddress("to_address", to, errors);
        ShipmentParts.requireAddress("from_address", from, errors);
        if (!errors.isEmpty()) {
            throw new ApiError(422, "ADDRESS.VERIFY.FAILURE", "Unable to verify address.", errors);
        }
        Double weight = Json.number(parcel, "weight");
        if (weight == null || weight <= 0 || weight.isNaN()) {
            throw new ApiError(422, "PARCEL.WEIGHT.INVALID", "Parcel weight must be greater than zero (ounces).",
                    List.of(new ApiError.FieldError("parcel.weight", "must be greater than 0")));
        }
        Instant now = Instant.now();
        String id = Json.id("shp");
        JsonObject shipment = new JsonObject();
        shipment.addProperty("id", id);
        shipment.addProperty("object", "Shipment");
        shipment.addProperty("mode", "test");
        shipment.addProperty("created_at", Json.instant(now));
        shipment.addProperty("updated_at", Json.instant(now));
        shipment.addProperty("reference", Json.text(request, "reference"));
        shipment.addProperty("status", "unknown");
        shipment.addProperty("is_return", Boolean.TRUE.equals(bool(request, "is_return")));
        shipment.add("to_address", ShipmentParts.address(to, now));
        shipment.add("from_address", ShipmentParts.address(from, now));
        JsonObject returnAddress = Json.object(request, "return_address");
        shipment.add("return_address", ShipmentParts.address(returnAddress == null ? from : returnAddress, now));
        shipment.add("buyer_address", ShipmentParts.address(to, now));
        shipment.add("parcel", ShipmentParts.parcel(parcel, weight, now));
        JsonObject options = Json.object(request, "options");
        shipment.add("options", options == null ? new JsonObject() : options.deepCopy());
        Rates.quote(shipment, id, weight, now);
        for (String absent : List.of("selected_rate", "postage_label", "tracker", "tracking_code", "refund_status",
                "scan_form", "insurance", "batch_id", "batch_status", "batch_message", "order_id", "customs_info")) {
            shipment.add(absent, null);
        }
        shipment.add("forms", new JsonArray());
        shipment.add("fees", new JsonArray());
        synchronized (lock) {
            shipments.put(id, new Entry(shipment, weight));
            forgetOldest();
        }
        return render(id);
    }

    JsonObject render(String id) {
        synchronized (lock) {
            Entry entry = existing(id);
            JsonObject copy = entry.json.deepCopy();
            if (entry.trackerId != null) {
                JsonObject tracker = trackers.render(entry.trackerId);
                copy.add("tracker", tracker);
                copy.addProperty("status", Json.text(tracker, "status"));
            }
            return copy;
        }
    }

    JsonObject buy(String id, JsonObject request) {
        String rateId = Json.text(Json.object(request, "rate"), "id");
        if (rateId == null) {
            rateId = Json.text(request, "rate");
        }
        String trackerId;
        synchronized (lock) {
            Entry entry = existing(id);
            if (entry.json.get("postage_label").isJsonObject()) {
                throw ApiError.invalid("SHIPMENT.POSTAGE.EXISTS",
                        "Shipment already purchased: a postage label exists for " + id + ".");
            }
            JsonObject rate = null;
            for (JsonElement candidate : entry.json.getAsJsonArray("rates")) {
                if (candidate.getAsJsonObject().get("id").getAsString().equals(rateId)) {
                    rate = candidate.getAsJsonObject();
                }
            }
            if (rate == null) {
                throw new ApiError(422, "SHIPMENT.RATE.INVALID", "The rate " + rateId + " is not a rate of " + id
                        + ".", List.of(new ApiError.FieldError("rate.id", "must be one of the shipment's rates")));
            }
            String carrier = rate.get("carrier").getAsString();
            String service = rate.get("service").getAsString();
            String trackingCode = rates.trackingCode(carrier);
            String now = Json.now();
            String labelId = Json.id("pl");
            JsonObject label = new JsonObject();
            label.addProperty("id", labelId);
            label.addProperty("object", "PostageLabel");
            label.addProperty("created_at", now);
            label.addProperty("updated_at", now);
            label.addProperty("date_advance", 0);
            label.addProperty("integrated_form", "none");
            label.addProperty("label_date", now);
            label.addProperty("label_resolution", 300);
            label.addProperty("label_size", "4x6");
            label.addProperty("label_type", "default");
            label.addProperty("label_file_type", "application/pdf");
            label.addProperty("label_url", labelUrl(labelId, "pdf"));
            label.addProperty("label_pdf_url", labelUrl(labelId, "pdf"));
            label.add("label_zpl_url", null);
            label.add("label_epl2_url", null);
            String format = Json.text(Json.object(entry.json, "options"), "label_format");
            if (format != null && format.equalsIgnoreCase("ZPL")) {
                label.addProperty("label_zpl_url", labelUrl(labelId, "zpl"));
            }
            entry.json.add("selected_rate", rate.deepCopy());
            entry.json.add("postage_label", label);
            entry.json.addProperty("tracking_code", trackingCode);
            entry.json.addProperty("updated_at", now);
            shipmentOfLabel.put(labelId, id);
            trackerId = trackers.create(id, carrier, service, trackingCode, entry.weightOunces,
                    Json.object(entry.json, "from_address"), Json.object(entry.json, "to_address"),
                    rate.get("delivery_days").getAsInt());
            entry.trackerId = trackerId;
        }
        trackers.start(trackerId);
        return render(id);
    }

    /** GET /v2/shipments/{id}/label?file_format=ZPL|PDF: adds the label in that format, as EasyPost converts it. */
    JsonObject convertLabel(String id, String fileFormat) {
        String format = fileFormat == null ? "" : fileFormat.toLowerCase(Locale.ROOT);
        if (!format.equals("zpl") && !format.equals("pdf")) {
            throw new ApiError(422, "SHIPMENT.LABEL.INVALID_FORMAT", "file_format must be PDF or ZPL",
                    List.of(new ApiError.FieldError("file_format", "must be PDF or ZPL")));
        }
        synchronized (lock) {
            JsonObject label = Json.object(existing(id).json, "postage_label");
            if (label == null) {
                throw ApiError.invalid("SHIPMENT.POSTAGE.MISSING", "Shipment " + id + " has no postage label yet.");
            }
            label.addProperty("label_" + format + "_url", labelUrl(Json.text(label, "id"), format));
            label.addProperty("updated_at", Json.now());
        }
        return render(id);
    }

    JsonObject refund(String id) {
        synchronized (lock) {
            Entry entry = existing(id);
            if (entry.trackerId == null) {
                throw ApiError.invalid("SHIPMENT.REFUND.UNAVAILABLE", "Shipment " + id + " has no postage to refund.");
            }
            if (Json.text(entry.json, "refund_status") != null) {
                throw ApiError.invalid("SHIPMENT.REFUND.UNAVAILABLE", "Shipment " + id + " is already "
                        + Json.text(entry.json, "refund_status") + " for refund.");
            }
            String status = trackers.status(entry.trackerId);
            if (!"pre_transit".equals(status) && !"unknown".equals(status)) {
                throw ApiError.invalid("SHIPMENT.REFUND.UNAVAILABLE", "The label of " + id + " cannot be refunded:"
                        + " the carrier has it (" + status + ").");
            }
            trackers.stop(entry.trackerId);
            entry.json.addProperty("refund_status", "submitted");
            entry.json.addProperty("updated_at", Json.now());
        }
        scheduler.schedule(() -> completeRefund(id), refundMillis, TimeUnit.MILLISECONDS);
        return render(id);
    }

    private void completeRefund(String id) {
        synchronized (lock) {
            Entry entry = shipments.get(id);
            if (entry != null) {
                entry.json.addProperty("refund_status", "refunded");
                entry.json.addProperty("updated_at", Json.now());
            }
        }
    }

    /** The label's content, read under the lock; the caller draws it after. */
    Documents.Label label(String labelId) {
        synchronized (lock) {
            String shipmentId = shipmentOfLabel.get(labelId);
            Entry entry = shipmentId == null ? null : shipments.get(shipmentId);
            if (entry == null) {
                throw ApiError.notFound("label", labelId);
            }
            JsonObject rate = Json.object(entry.json, "selected_rate");
            return new Documents.Label(Json.object(entry.json, "from_address").deepCopy(),
                    Json.object(entry.json, "to_address").deepCopy(), Json.text(rate, "carrier"),
                    Json.text(rate, "service"), entry.weightOunces, Json.text(entry.json, "tracking_code"),
                    shipmentId);
        }
    }

    /** Call with the lock held. */
    Entry existing(String id) {
        Entry entry = shipments.get(id);
        if (entry == null) {
            throw ApiError.notFound("shipment", id);
        }
        return entry;
    }

    private String labelUrl(String labelId, String extension) {
        return publicUrl + "/labels/" + labelId + "." + extension;
    }

    private void forgetOldest() {
        Iterator<Map.Entry<String, Entry>> oldest = shipments.entrySet().iterator();
        while (shipments.size() > maxShipments && oldest.hasNext()) {
            Entry entry = oldest.next().getValue();
            if (entry.trackerId != null) {
                trackers.forget(entry.trackerId);
            }
            JsonObject label = Json.object(entry.json, "postage_label");
            if (label != null) {
                shipmentOfLabel.remove(Json.text(label, "id"));
            }
            oldest.remove();
        }
    }

    static Boolean bool(JsonObject parent, String name) {
        String text = Json.text(parent, name);
        return text == null ? null : Boolean.valueOf(text);
    }
}
