package com.example.fulfillment.shipping.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.domain.InvalidInput;
import com.example.fulfillment.domain.NotPossible;
import com.example.fulfillment.shipping.persistence.ShipmentRepository;
import com.example.fulfillment.shipping.persistence.TrackingEventRepository;
import com.example.fulfillment.shipping.persistence.UnmatchedTrackingUpdateRepository;

/**
 * Takes in what carriers report. Duplicates, stale updates and unknown numbers are kept and acknowledged, never
 * refused: a carrier that gets an error retries for days. Two kinds are refused, as the sender must fix something:
 * an update dated in the future (its clock; applied, it would freeze the parcel) and one about another carrier's
 * parcel (its routing, or someone posing as a carrier).
 */
@ApplicationScoped
public class TrackingService {

    /** How far a carrier's clock may run ahead of ours before its updates are refused as dated in the future. */
    static final Duration LARGEST_CLOCK_SKEW = Duration.ofMinutes(5);

    private final ShipmentRepository shipments;
    private final TrackingEventRepository trackingEvents;
    private final UnmatchedTrackingUpdateRepository unmatched;
    private final TrackingProgress progress;
    private final ShippingEventPublisher events;
    private final Clock clock;

    TrackingService(ShipmentRepository shipments, TrackingEventRepository trackingEvents,
            UnmatchedTrackingUpdateRepository unmatched, TrackingProgress progress, ShippingEventPublisher events,
            Clock clock) {
        this.shipments = shipments;
        this.trackingEvents = trackingEvents;
        this.unmatched = unmatched;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<TrackingResult> record(List<TrackingUpdate> updates) {
        List<TrackingResult> results = new ArrayList<>(updates.size());
        for (TrackingUpdate update : updates) {
            results.add(record(update));
        }
        return results;
    }

    private TrackingResult record(TrackingUpdate update) {
        Instant now = Instant.now(clock);
        if (update.occurredAt() != null && update.occurredAt().isAfter(now.plus(LARGEST_CLOCK_SKEW))) {
            // applied, it would freeze the parcel: no update older than it would ever apply again
            throw new InvalidInput(List.of(new InvalidInput.FieldError("occurredAt", "lies more than "
                    + LARGEST_CLOCK_SKEW.toMinutes() + " minutes in the future (" + update.occurredAt() + ", now "
                    + now + ")")));
        }
        Optional<Shipment> found = shipments.findByTrackingNumberForUpdate(update.carrier(), update.trackingNumber());
        if (found.isEmpty() && shipments.existsWithTrackingNumber(update.trackingNumber())) {
            throw new NotPossible("tracking number " + update.trackingNumber() + " is not a parcel of "
                    + update.carrier() + "; a carrier reports only on its own parcels");
        }
        if (found.isEmpty()) {
            Optional<Shipment> reshipped = shipments.findByEarlierTrackingNumberForUpdate(update.trackingNumber());
            if (reshipped.isPresent()) {
                return recordForEarlierLabel(reshipped.get(), update, now);
            }
            if (unmatched.isDuplicate(update)) {
                return new TrackingResult(update.trackingNumber(), TrackingOutcome.DUPLICATE, null);
            }
            unmatched.persist(new UnmatchedTrackingUpdate(UUID.randomUUID(), update, now));
            return new TrackingResult(update.trackingNumber(), TrackingOutcome.UNMATCHED, null);
        }
        if (trackingEvents.isDuplicate(update)) {
            return new TrackingResult(update.trackingNumber(), TrackingOutcome.DUPLICATE, null);
        }
        Shipment shipment = found.get();
        if (shipment.getStatus() == ShipmentStatus.AWAITING_CARRIER && update.status().carrierHasTheParcel()) {
            // the carrier's first scan of the parcel is the handover: from then on it is the carrier's
            shipment.handOver(update.occurredAt() == null ? now : update.occurredAt());
            events.shipped(shipment);
        }
        TrackingEvent event = new TrackingEvent(UUID.randomUUID(), shipment.getOrderId(), update, now);
        ParcelTracking tracking = shipment.getTracking();
        // a voided label's parcel should not move; if a carrier still reports it, ops see it in the history
        boolean applies = !shipment.isCancelled() && progress.advances(tracking.status(), tracking.lastTrackingAt(),
                update.status(), update.occurredAt());
        if (applies) {
            LocalDate expected = update.expectedDeliveryDate() != null ? update.expectedDeliveryDate()
                    : tracking.expectedDeliveryDate();
            DeliveryState state = progress.deliveryState(update.status(), expected, tracking.promisedDeliveryDate(),
                    tracking.deliveryState());
            shipment.track(update.status(), update.occurredAt(), update.expectedDeliveryDate(), state);
            event.markApplied(state);
        }
        trackingEvents.persist(event);
        if (!applies) {
            return new TrackingResult(update.trackingNumber(), TrackingOutcome.RECORDED, event.getId().toString());
        }
        events.trackingUpdated(shipment, event);
        if (update.status() == TrackingStatus.DELIVERED) {
            events.deliveryConfirmed(shipment.getOrderId(), update.occurredAt());
        }
        if (update.status() == TrackingStatus.RETURNED_TO_SENDER) {
            events.shipmentReturned(shipment.getOrderId(), shipment.getTrackingNumber(), shipment.lines());
        }
        return new TrackingResult(update.trackingNumber(), TrackingOutcome.APPLIED, event.getId().toString());
    }

    /**
     * An update about the parcel of a label a reshipment replaced. The order has moved on to the new parcel, so
     * it is kept for the history and tells the order nothing; only the old parcel coming back matters to the
     * rest of the saga: its items are in the warehouse again.
     */
    private TrackingResult recordForEarlierLabel(Shipment shipment, TrackingUpdate update, Instant now) {
        if (trackingEvents.isDuplicate(update)) {
            return new TrackingResult(update.trackingNumber(), TrackingOutcome.DUPLICATE, null);
        }
        EarlierLabel earlier = earlierLabel(shipment, update.trackingNumber());
        TrackingEvent event = new TrackingEvent(UUID.randomUUID(), shipment.getOrderId(), update, now);
        trackingEvents.persist(event);
        if (progress.advances(earlier.getTrackingStatus(), earlier.getLastTrackingAt(), update.status(),
                update.occurredAt())) {
            earlier.track(update.status(), update.occurredAt());
            if (update.status() == TrackingStatus.RETURNED_TO_SENDER) {
                events.shipmentReturned(shipment.getOrderId(), earlier.getTrackingNumber(), earlier.lines());
            }
        }
        return new TrackingResult(update.trackingNumber(), TrackingOutcome.RECORDED, event.getId().toString());
    }

    @Transactional
    public Optional<TrackingHistory> history(String trackingNumber) {
        Optional<TrackingHistory> current = shipments.findByTrackingNumber(trackingNumber)
                .map(shipment -> new TrackingHistory(shipment.getTrackingNumber(), shipment.getCarrier(),
                        shipment.getTracking().status(), shipment.getTracking().deliveryState(),
                        shipment.getTracking().expectedDeliveryDate(),
                        trackingEvents.listForParcel(shipment.getOrderId(), trackingNumber)));
        if (current.isPresent()) {
            return current;
        }
        // a replaced label's parcel: its own status, no promise any more (the new parcel carries that)
        return shipments.findByEarlierTrackingNumber(trackingNumber).map(shipment -> {
            EarlierLabel earlier = earlierLabel(shipment, trackingNumber);
            return new TrackingHistory(earlier.getTrackingNumber(), earlier.getCarrier(), earlier.getTrackingStatus(),
                    null, null, trackingEvents.listForParcel(shipment.getOrderId(), trackingNumber));
        });
    }

    @Transactional
    public List<UnmatchedTrackingUpdate> unmatched(int limit) {
        return unmatched.latest(limit);
    }

    /** The earlier label of the shipment with this number; the caller found the shipment by it. */
    private static EarlierLabel earlierLabel(Shipment shipment, String trackingNumber) {
        return shipment.getEarlierLabels().stream()
                .filter(earlier -> earlier.getTrackingNumber().equals(trackingNumber)).findFirst().orElseThrow();
    }
}
