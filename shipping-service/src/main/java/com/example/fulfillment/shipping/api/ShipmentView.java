package com.example.fulfillment.shipping.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.shipping.domain.Address;
import com.example.fulfillment.shipping.domain.BoxSize;
import com.example.fulfillment.shipping.domain.DeliveryState;
import com.example.fulfillment.shipping.domain.PackingMaterial;
import com.example.fulfillment.shipping.domain.Shipment;
import com.example.fulfillment.shipping.domain.ShipmentItem;
import com.example.fulfillment.shipping.domain.ShipmentStatus;
import com.example.fulfillment.shipping.domain.ShippingMethod;
import com.example.fulfillment.shipping.domain.TrackingStatus;

@Schema(description = "A shipment: what is packed, its label, its transport and where it stands")
public record ShipmentView(String orderId, ShipmentStatus status, ShippingMethod shippingMethod, Address recipient,
        List<Item> items, Package packed, Label label, Transport transport, Handover handover, Tracking tracking,
        @Schema(description = "labels replaced by reshipments, oldest first; label is the current one")
        List<EarlierLabel> earlierLabels,
        Cancellation cancellation) {

    public record Item(String sku, String name, int quantity, int weightGrams, boolean fragile) {
    }

    public record Package(String packageId, BoxSize boxSize, int weightGrams, List<PackingMaterial> materials,
            String invoiceNumber, String giftMessage, String packingSlip, Instant packedAt) {
    }

    public record Label(String carrier, String trackingNumber, boolean voided, String document, Instant createdAt) {
    }

    /** What an earlier parcel held. */
    public record OrderLine(String sku, int quantity) {
    }

    public record EarlierLabel(String carrier, String trackingNumber, String packageId, String document,
            Instant createdAt, Instant shippedAt, List<OrderLine> items, TrackingStatus trackingStatus,
            Instant replacedAt, String replaceReason) {
    }

    public record Transport(String carrierService, Instant pickupAt, LocalDate promisedDeliveryDate,
            Instant arrangedAt) {
    }

    public record Handover(Instant shippedAt, List<String> documentsHandedOver) {
    }

    public record Tracking(TrackingStatus status, DeliveryState deliveryState, LocalDate expectedDeliveryDate,
            Instant lastUpdateAt) {
    }

    public record Cancellation(Instant cancelledAt, String reason) {
    }

    static ShipmentView of(Shipment s) {
        return new ShipmentView(s.orderId, s.status, s.shippingMethod, s.address(),
                s.items.stream().map(ShipmentView::item).toList(),
                s.packageId == null ? null
                        : new Package(s.packageId, s.boxSize, s.packageWeightGrams, List.copyOf(s.materials),
                                s.invoiceNumber, s.giftMessage, s.packingSlip, s.packedAt),
                s.trackingNumber == null ? null
                        : new Label(s.carrier, s.trackingNumber, s.labelVoid, s.label, s.labelledAt),
                s.transportArrangedAt == null ? null
                        : new Transport(s.carrierService, s.pickupAt, s.promisedDeliveryDate, s.transportArrangedAt),
                s.shippedAt == null ? null : new Handover(s.shippedAt, List.copyOf(s.documentsHandedOver)),
                new Tracking(s.trackingStatus, s.deliveryState, s.expectedDeliveryDate, s.lastTrackingAt),
                s.earlierLabels.stream().map(ShipmentView::earlierLabel).toList(),
                s.cancelledAt == null ? null : new Cancellation(s.cancelledAt, s.cancelReason));
    }

    private static EarlierLabel earlierLabel(com.example.fulfillment.shipping.domain.EarlierLabel earlier) {
        return new EarlierLabel(earlier.carrier, earlier.trackingNumber, earlier.packageId, earlier.label,
                earlier.labelledAt, earlier.shippedAt,
                earlier.lines().stream().map(line -> new OrderLine(line.sku(), line.quantity())).toList(),
                earlier.trackingStatus, earlier.replacedAt, earlier.replaceReason);
    }

    private static Item item(ShipmentItem item) {
        return new Item(item.sku, item.name, item.quantity, item.weightGrams, item.fragile);
    }
}
