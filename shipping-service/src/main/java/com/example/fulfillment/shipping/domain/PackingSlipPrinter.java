package com.example.fulfillment.shipping.domain;

/**
 * Prints the packing slip that goes into the box, as the warehouse's printers and the order's dossier take it.
 * A port: the domain decides what the slip says (see {@link ShippingDocuments}), the adapter how it looks on paper.
 */
public interface PackingSlipPrinter {

    /** The slip's lines, already in the words a packer and the customer read. */
    record PackingSlip(String orderId, String packageId, String invoiceNumber, String packedOn, String box,
            Address sender, Address recipient, java.util.List<Line> lines, String materials, String messageCard) {
    }

    record Line(int quantity, String sku, String name, boolean fragile) {
    }

    /** The slip as a PDF document, its exact bytes. */
    byte[] print(PackingSlip slip);
}
