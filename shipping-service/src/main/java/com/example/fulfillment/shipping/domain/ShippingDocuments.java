package com.example.fulfillment.shipping.domain;

import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The papers that travel with a package. The packing slip is printed as PDF (the bytes the packer puts in the box
 * and the dossier files), with its text kept beside it for the shipment's view; a label from the carrier contracts
 * is plain text, as no carrier printed it.
 */
@ApplicationScoped
public class ShippingDocuments {

    public static final String TEXT = "text/plain; charset=UTF-8";

    private final PackingSlipPrinter printer;
    private final ShippingConfig config;

    ShippingDocuments(PackingSlipPrinter printer, ShippingConfig config) {
        this.printer = printer;
        this.config = config;
    }

    public ShippingDocument packingSlip(Shipment shipment) {
        PackedParcel parcel = shipment.getParcel();
        String materials = shipment.getMaterials().stream().map(Enum::name).collect(Collectors.joining(", "));
        String messageCard = shipment.getMaterials().contains(PackingMaterial.MESSAGE_CARD)
                ? shipment.getWishes().giftMessage() : null;
        PackingSlipPrinter.PackingSlip slip = new PackingSlipPrinter.PackingSlip(shipment.getOrderId(),
                parcel.getPackageId(), shipment.getInvoiceNumber(),
                LocalDate.ofInstant(parcel.getPackedAt(), config.zone()).toString(),
                parcel.getBoxSize() + ", " + parcel.getWeightGrams() + " g", config.warehouse().address(),
                shipment.getAddress(), shipment.getItems().stream()
                        .map(item -> new PackingSlipPrinter.Line(item.getQuantity(), item.getSku(), item.getName(),
                                item.isFragile()))
                        .toList(),
                materials, messageCard);
        return new ShippingDocument("PACKING_SLIP", "Packing slip for order " + shipment.getOrderId(),
                ShippingDocument.PDF, slipText(shipment, materials, messageCard), printer.print(slip));
    }

    private static String slipText(Shipment shipment, String materials, String messageCard) {
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
        text.append("Materials: ").append(materials).append('\n');
        if (messageCard != null) {
            text.append("Message card: ").append(messageCard).append('\n');
        }
        return text.toString();
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
