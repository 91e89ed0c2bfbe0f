import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The tracker clock: once its parcel is on a scan form, a label's tracker moves one step every interval, each appending a
 * tracking_details entry and sending tracker.updated to the webhooks. The scenario (chosen per shipment by "[delay]",
 * "[failed-attempt]" or "[return]" in the recipient's name or company, or later by the admin API) decides the
 * steps; all scenarios begin with the label created (pre_transit) and then in_transit, so that a scenario changed
 * midway continues from the same position.
 */
final class Trackers {

    record Step(String status, String statusDetail, String message, boolean atDestination, int extraDays) {
    }

    static final Map<String, List<Step>> SCENARIOS = Map.of(
            "normal", List.of(
                    new Step("in_transit", "arrived_at_facility", "Arrived at sort facility", false, 0),
                    new Step("out_for_delivery", "out_for_delivery", "Out for delivery", true, 0),
                    new Step("delivered", "arrived_at_destination", "Delivered, left at front door", true, 0)),
            "delay", List.of(
                    new Step("in_transit", "arrived_at_facility", "Arrived at sort facility", false, 0),
                    new Step("in_transit", "weather_delay", "Delayed: severe weather in the area", false, 2),
                    new Step("out_for_delivery", "out_for_delivery", "Out for delivery", true, 0),
                    new Step("delivered", "arrived_at_destination", "Delivered, left at front door", true, 0)),
            "failed-attempt", List.of(
                    new Step("in_transit", "arrived_at_facility", "Arrived at sort facility", false, 0),
                    new Step("out_for_delivery", "out_for_delivery", "Out for delivery", true, 0),
                    new Step("failure", "delivery_exception", "Delivery attempted: no access to the recipient",
                            true, 1),
                    new Step("out_for_delivery", "out_for_delivery", "Out for delivery, second attempt", true, 0),
                    new Step("delivered", "arrived_at_destination", "Delivered to the recipient", true, 0)),
            "return", List.of(
                    new Step("in_transit", "arrived_at_facility", "Arrived at sort facility", false, 0),
                    new Step("out_for_delivery", "out_for_delivery", "Out for delivery", true, 0),
                    new Step("return_to_sender", "return", "Refused by the recipient, returned to sender", false,
                            0)));

    private static final class Tracker {
        final JsonObject json;
        final JsonObject origin;
        final JsonObject destination;
        String scenario;
        int stepsDone;
        long generation;
        boolean stopped;
        boolean accepted;
        Instant estDelivery;

        Tracker(JsonObject json, JsonObject origin, JsonObject destination) {
            this.json = json;
            this.origin = origin;
            this.destination = destination;
        }
    }

    private final Object lock;
    private final Map<String, Tracker> trackers = new HashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Webhooks webhooks;
    private final long stepMillis;

    Trackers(Object lock, ScheduledExecutorService scheduler, Webhooks webhooks, long stepMillis) {
        this.lock = lock;
        this.scheduler = scheduler;
        this.webhooks = webhooks;
        this.stepMillis = stepMillis;
    }

    static String scenarioOf(JsonObject toAddress) {
        String label = (Json.text(toAddress, "name") + " " + Json.text(toAddress, "company")).toLowerCase(Locale.ROOT);
        for (String scenario : List.of("delay", "failed-attempt", "return")) {
            if (label.contains("[" + scenario + "]")) {
                return scenario;
            }
        }
        return "normal";
    }

    /** Call with the lock held; the tracker.created event goes out once the caller has released it. */
    String create(String shipmentId, String carrier, String service, String trackingCode, double weightOunces,
            JsonObject from, JsonObject to, int deliveryDays) {
        Instant now = Instant.now();
        String id = Json.id("trk");
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("object", "Tracker");
        json.addProperty("mode", "test");
        json.addProperty("tracking_code", trackingCode);
        json.addProperty("shipment_id", shipmentId);
        json.addProperty("carrier", carrier);
        json.addProperty("weight", weightOunces);
        json.add("signed_by", null);
        json.addProperty("public_url", (String) null);
        json.add("fees", new JsonArray());
        json.addProperty("created_at", Json.instant(now));
        JsonObject carrierDetail = new JsonObject();
        carrierDetail.addProperty("object", "CarrierDetail");
        carrierDetail.addProperty("service", service);
        carrierDetail.addProperty("origin_location", place(from));
        carrierDetail.addProperty("destination_location", place(to));
        json.add("carrier_detail", carrierDetail);
        json.add("tracking_details", new JsonArray());
        Tracker tracker = new Tracker(json, from, to);
        tracker.scenario = scenarioOf(to);
        tracker.estDelivery = now.plus(Math.max(0, deliveryDays), ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS)
                .plus(20, ChronoUnit.HOURS);
        append(tracker, new Step("pre_transit", "label_created", "Shipping label created, awaiting item", false, 0),
                now);
        trackers.put(id, tracker);
        return id;
    }

    /**
     * After create, outside the lock: announces the tracker. Its clock starts only once the carrier has the parcel
     * ({@link #accept}): a carrier scans nothing before it picked the parcel up.
     */
    void start(String id) {
        JsonObject snapshot;
        synchronized (lock) {
            snapshot = trackers.get(id).json.deepCopy();
        }
        webhooks.publish("tracker.created", snapshot, new JsonObject());
    }

    /** The carrier took the parcel (its scan form was made): from now on it moves a step every interval. */
    void accept(String id) {
        long generation;
        synchronized (lock) {
            Tracker tracker = trackers.get(id);
            if (tracker == null || tracker.accepted) {
                return;
            }
            tracker.accepted = true;
            generation = tracker.generation;
        }
        schedule(id, generation);
    }

    JsonObject render(String id) {
        synchronized (lock) {
            Tracker tracker = trackers.get(id);
            if (tracker == null) {
                throw ApiError.notFound("tracker", id);
            }
            return tracker.json.deepCopy();
        }
    }

    String status(String id) {
        synchronized (lock) {
            Tracker tracker = trackers.get(id);
            return tracker == null ? "unknown" : Json.text(tracker.json, "status");
        }
    }

    /** A refunded label's parcel never travels: its clock stops. */
    void stop(String id) {
        synchronized (lock) {
            Tracker tracker = trackers.get(id);
            if (tracker != null) {
                tracker.stopped = true;
            }
        }
    }

    void forget(String id) {
        synchronized (lock) {
            trackers.remove(id);
        }
    }

    void changeScenario(String id, String scenario) {
        if (!SCENARIOS.containsKey(scenario)) {
            throw new ApiError(422, "TRACKER.INVALID_SCENARIO", "unknown scenario " + scenario + "; one of "
                    + String.join(", ", SCENARIOS.keySet()));
        }
        synchronized (lock) {
            Tracker tracker = existing(id);
            tracker.scenario = scenario;
        }
    }

    JsonObject describeScenario(String id) {
        synchronized (lock) {
            Tracker tracker = existing(id);
            JsonObject description = new JsonObject();
            description.addProperty("tracker", id);
            description.addProperty("scenario", tracker.scenario);
            description.addProperty("steps_done", tracker.stepsDone);
            description.addProperty("steps_left", SCENARIOS.get(tracker.scenario).size() - tracker.stepsDone);
            return description;
        }
    }

    /** One step now (the admin API); the timed step that was due is replaced by one a full interval later. */
    JsonObject advance(String id) {
        synchronized (lock) {
            Tracker tracker = existing(id);
            if (tracker.stopped) {
                throw ApiError.invalid("TRACKER.STOPPED", "the tracker's label was refunded; it does not move");
            }
            if (tracker.stepsDone >= SCENARIOS.get(tracker.scenario).size()) {
                throw ApiError.invalid("TRACKER.FINISHED", "the tracker is already " + Json.text(tracker.json,
                        "status"));
            }
            tracker.generation++;
        }
        step(id, -1);
        return render(id);
    }

    private Tracker existing(String id) {
        Tracker tracker = trackers.get(id);
        if (tracker == null) {
            throw ApiError.notFound("tracker", id);
        }
        return tracker;
    }

    private void schedule(String id, long generation) {
        scheduler.schedule(() -> step(id, generation), stepMillis, TimeUnit.MILLISECONDS);
    }

    /** A timed step carries the generation it was scheduled in; an advance in between makes it stale. */
    private void step(String id, long expectedGeneration) {
        JsonObject snapshot;
        JsonObject previous = new JsonObject();
        long generation;
        boolean more;
        synchronized (lock) {
            Tracker tracker = trackers.get(id);
            if (tracker == null || tracker.stopped
                    || (expectedGeneration >= 0 && expectedGeneration != tracker.generation)) {
                return;
            }
            List<Step> steps = SCENARIOS.get(tracker.scenario);
            if (tracker.stepsDone >= steps.size()) {
                return;
            }
            previous.addProperty("status", Json.text(tracker.json, "status"));
            Step step = steps.get(tracker.stepsDone++);
            tracker.estDelivery = tracker.estDelivery.plus(step.extraDays(), ChronoUnit.DAYS);
            append(tracker, step, Instant.now());
            more = tracker.stepsDone < steps.size();
            snapshot = tracker.json.deepCopy();
            generation = tracker.generation;
        }
        webhooks.publish("tracker.updated", snapshot, previous);
        if (more) {
            schedule(id, generation);
        }
    }

    private void append(Tracker tracker, Step step, Instant at) {
        JsonObject address = step.atDestination() ? tracker.destination : tracker.origin;
        JsonObject location = new JsonObject();
        location.addProperty("object", "TrackingLocation");
        location.addProperty("city", Json.text(address, "city"));
        location.addProperty("state", Json.text(address, "state"));
        location.addProperty("country", Rates.country(address));
        location.addProperty("zip", Json.text(address, "zip"));
        JsonObject detail = new JsonObject();
        detail.addProperty("object", "TrackingDetail");
        detail.addProperty("status", step.status());
        detail.addProperty("status_detail", step.statusDetail());
        detail.addProperty("message", step.message());
        detail.addProperty("description", step.message());
        detail.addProperty("datetime", Json.instant(at));
        detail.addProperty("source", Json.text(tracker.json, "carrier"));
        detail.add("tracking_location", location);
        tracker.json.getAsJsonArray("tracking_details").add(detail);
        tracker.json.addProperty("status", step.status());
        tracker.json.addProperty("status_detail", step.statusDetail());
        tracker.json.addProperty("est_delivery_date", Json.instant(tracker.estDelivery));
        tracker.json.addProperty("updated_at", Json.instant(at));
        if ("delivered".equals(step.status())) {
            tracker.json.addProperty("signed_by", "RECIPIENT");
        }
    }

    private static String place(JsonObject address) {
        return String.join(", ", String.valueOf(Json.text(address, "city")), String.valueOf(Json.text(address,
                "state")), Rates.country(address)).toUpperCase(Locale.ROOT);
    }
}
