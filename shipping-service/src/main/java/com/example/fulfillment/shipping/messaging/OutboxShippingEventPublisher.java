package com.example.fulfillment.shipping.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventPublisher;
import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.events.OrderPacked;
import com.example.fulfillment.events.ShipmentCancelled;
import com.example.fulfillment.events.ShipmentReturned;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.ShippingLabelCreated;
import com.example.fulfillment.events.TrackingUpdated;
import com.example.fulfillment.events.TransportArranged;
import com.example.fulfillment.events.model.ConfirmedBy;
import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.events.model.TrackingStatus;
import com.example.fulfillment.shipping.domain.PackedParcel;
import com.example.fulfillment.shipping.domain.Shipment;
import com.example.fulfillment.shipping.domain.ShipmentLine;
import com.example.fulfillment.shipping.domain.ShippingDocument;
import com.example.fulfillment.shipping.domain.ShippingEventPublisher;
import com.example.fulfillment.shipping.domain.TrackingEvent;
import com.example.fulfillment.shipping.domain.TransportBooking;

/** Shipping's facts as the saga's wire events, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class OutboxShippingEventPublisher implements ShippingEventPublisher {

    /** The condition order-service files with a delivery the carrier confirmed. */
    static final String DELIVERED_BY_CARRIER = "delivered by carrier";

    private final EventPublisher publisher;

    OutboxShippingEventPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void orderPacked(Shipment shipment, ShippingDocument packingSlip) {
        PackedParcel parcel = shipment.getParcel();
        publisher.publish(new OrderPacked(shipment.getOrderId(), parcel.getPackageId(), parcel.getBoxSize().name(),
                parcel.getWeightGrams(), shipment.getMaterials().stream().map(Enum::name).toList(),
                ShippingWire.document(packingSlip)));
    }

    @Override
    public void shippingLabelCreated(Shipment shipment, ShippingDocument label) {
        publisher.publish(new ShippingLabelCreated(shipment.getOrderId(), shipment.getCarrier(),
                shipment.getTrackingNumber(), ShippingWire.address(shipment.getAddress()),
                ShippingWire.document(label)));
    }

    @Override
    public void transportArranged(Shipment shipment) {
        TransportBooking transport = shipment.getTransport();
        publisher.publish(new TransportArranged(shipment.getOrderId(), shipment.getCarrier(),
                transport.getCarrierService(),
                ShippingWire.sameConstant(ShippingMethod.class, shipment.getShippingMethod()),
                shipment.getTrackingNumber(), transport.getPickupAt(),
                shipment.getTracking().promisedDeliveryDate()));
    }

    @Override
    public void shipped(Shipment shipment) {
        publisher.publish(new Shipped(shipment.getOrderId(), shipment.getCarrier(), shipment.getTrackingNumber(),
                shipment.getShippedAt(), shipment.getTracking().expectedDeliveryDate(),
                List.copyOf(shipment.getDocumentsHandedOver())));
    }

    @Override
    public void shipmentCancelled(Shipment shipment) {
        publisher.publish(new ShipmentCancelled(shipment.getOrderId(), shipment.getTrackingNumber(),
                shipment.getCancelReason()));
    }

    @Override
    public void trackingUpdated(Shipment shipment, TrackingEvent event) {
        publisher.publish(new TrackingUpdated(shipment.getOrderId(), event.getId().toString(), shipment.getCarrier(),
                shipment.getTrackingNumber(), ShippingWire.sameConstant(TrackingStatus.class, event.getStatus()),
                ShippingWire.sameConstant(DeliveryState.class, event.getDeliveryState()), event.getDescription(),
                event.getLocation(), event.getOccurredAt(), shipment.getTracking().expectedDeliveryDate()));
    }

    @Override
    public void deliveryConfirmed(String orderId, Instant deliveredAt) {
        publisher.publish(new DeliveryConfirmed(orderId, ConfirmedBy.CARRIER, DELIVERED_BY_CARRIER, deliveredAt));
    }

    @Override
    public void shipmentReturned(String orderId, String trackingNumber, List<ShipmentLine> items) {
        publisher.publish(new ShipmentReturned(orderId, trackingNumber, ShippingWire.orderLines(items)));
    }
}
