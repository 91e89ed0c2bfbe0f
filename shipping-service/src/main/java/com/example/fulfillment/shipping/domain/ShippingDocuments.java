package com.example.fulfillment.shipping.domain;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/** The papers that travel with a package. Plain text, so that any printer and the order's dossier can take them. */
@ApplicationScoped
public class ShippingDocuments {

    public static final String TEXT = "text/plain; charset=UTF-8";

    public ShippingDocument packingSlip(Shipment shipment) {
        StringBuilder text = new StringBuilder()
                .append("PACKING SLIP\n")
                .append("Order: ").append(shipment.orderId).append('\n')
                .append("Package: ").append(shipment.packageId).append('\n')
                .append("Invoice: ").append(shipment.invoiceNumber).append('\n')
                .append("Box: ").append(shipment.boxSize).append(", ").append(shipment.packageWeightGrams)
                .append(" g\n")
                .append("Items:\n");
        for (ShipmentItem item : shipment.items) {
            text.append("  ").append(item.quantity).append(" x ").append(item.sku);
            if (item.name != null) {
                text.append(" ").append(item.name);
            }
            text.append(item.fragile ? " (fragile)\n" : "\n");
        }
        text.append("Materials: ")
                .append(shipment.materials.stream().map(Enum::name).collect(Collectors.joining(", "))).append('\n');
        if (shipment.materials.contains(PackingMaterial.MESSAGE_CARD)) {
            text.append("Message card: ").append(shipment.giftMessage).append('\n');
        }
        return new ShippingDocument("PACKING_SLIP", "Packing slip for order " + shipment.orderId, TEXT,
                text.toString());
    }

    public ShippingDocument label(Shipment shipment) {
        StringBuilder text = new StringBuilder()
                .append("SHIPPING LABEL\n")
                .append("Carrier: ").append(shipment.carrier).append('\n')
                .append("Tracking number: ").append(shipment.trackingNumber).append('\n')
                .append("Ship to:\n")
                .append("  ").append(shipment.recipient).append('\n')
                .append("  ").append(shipment.street).append('\n')
                .append("  ").append(shipment.postalCode).append(' ').append(shipment.city).append('\n');
        if (shipment.region != null && !shipment.region.isBlank()) {
            text.append("  ").append(shipment.region).append('\n');
        }
        text.append("  ").append(shipment.country).append('\n')
                .append("Weight: ").append(shipment.packageWeightGrams).append(" g\n")
                .append("Reference: ").append(shipment.orderId).append('\n');
        return new ShippingDocument("SHIPPING_LABEL", "Shipping label " + shipment.trackingNumber, TEXT,
                text.toString());
    }
}
