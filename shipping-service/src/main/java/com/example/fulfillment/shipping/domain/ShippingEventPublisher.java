package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.util.List;

/**
 * What shipping tells the rest of the saga, each fact in the transaction that made it true. Shipping says what
 * happened; the adapter decides how that is written on the wire.
 */
public interface ShippingEventPublisher {

    void orderPacked(Shipment shipment, ShippingDocument packingSlip);

    void shippingLabelCreated(Shipment shipment, ShippingDocument label);

    void transportArranged(Shipment shipment);

    void shipped(Shipment shipment);

    /** The shipment stopped before handover; its label, if it had one, is void. */
    void shipmentCancelled(Shipment shipment);

    /** The carrier's update moved the shipment; event is the update as kept. */
    void trackingUpdated(Shipment shipment, TrackingEvent event);

    /** The carrier reported the parcel delivered. */
    void deliveryConfirmed(String orderId, Instant deliveredAt);

    /** A parcel came back to us with these items: the current one, or one a reshipment replaced. */
    void shipmentReturned(String orderId, String trackingNumber, List<ShipmentLine> items);
}
