package com.example.fulfillment.shipping.domain;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/** The papers that travel with a package. Plain text, so that any printer and the order's dossier can take them. */
@ApplicationScoped
public class ShippingDocuments {

    public static final String TEXT = "text/plain; charset=UTF-8";

    public ShippingDocument packingSlip(Shipment shipment) {
        PackedParcel parcel = shipment.getParcel();
        StringBuilder text = new StringBuilder()
                .append("PACKING SLIP\n")
                .append("Order: ").append(shipment.getOrderId()).append('\n')
                .append("Package: ").append(parcel.getPackageId()).append('\n')
                .append("Invoice: ").append(shipment.getInvoiceNumber()).append('\n')
                .append("Box: ").append(parcel.getBoxSize()).append(", ").append(parcel.getWeightGrams())
                .append(" g\n")
                .append("Items:\n");
        for (ShipmentItem item : shipment.getItems()) {
            text.append("  ").append(item.getQuantity()).append(" x ").append(item.getSku());
            if (item.getName() != null) {
                text.append(" ").append(item.getName());
            }
            text.append(item.isFragile() ? " (fragile)\n" : "\n");
        }
        text.append("Materials: ")
                .append(shipment.getMaterials().stream().map(Enum::name).collect(Collectors.joining(", ")))
                .append('\n');
        if (shipment.getMaterials().contains(PackingMaterial.MESSAGE_CARD)) {
            text.append("Message card: ").append(shipment.getWishes().giftMessage()).append('\n');
        }
        return new ShippingDocument("PACKING_SLIP", "Packing slip for order " + shipment.getOrderId(), TEXT,
                text.toString());
    }

    public ShippingDocument label(Shipment shipment) {
        Address address = shipment.getAddress();
        StringBuilder text = new StringBuilder()
                .append("SHIPPING LABEL\n")
                .append("Carrier: ").append(shipment.getCarrier()).append('\n')
                .append("Tracking number: ").append(shipment.getTrackingNumber()).append('\n')
                .append("Ship to:\n")
                .append("  ").append(address.recipient()).append('\n')
                .append("  ").append(address.street()).append('\n')
                .append("  ").append(address.postalCode()).append(' ').append(address.city()).append('\n');
        if (address.region() != null && !address.region().isBlank()) {
            text.append("  ").append(address.region()).append('\n');
        }
        text.append("  ").append(address.country()).append('\n')
                .append("Weight: ").append(shipment.getParcel().getWeightGrams()).append(" g\n")
                .append("Reference: ").append(shipment.getOrderId()).append('\n');
        return new ShippingDocument("SHIPPING_LABEL", "Shipping label " + shipment.getTrackingNumber(), TEXT,
                text.toString());
    }
}
