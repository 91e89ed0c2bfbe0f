package com.example.fulfillment.notification.domain;

import java.util.List;

/**
 * Tells the customer the order is sent again. The new tracking number is not known yet: it comes with the
 * reshipment's own shipment confirmation.
 *
 * @param failedShipment the tracking number of the shipment being replaced, if this service saw it shipped
 */
public record ReshipmentMessage(String customerName, String orderId, List<ParcelItem> lines, String reason,
        String failedShipment) implements CustomerMessage {

    /**
     * A shipment is replaced once: a repeated request for the same failed shipment tells nothing new, while a
     * second failure (after the reshipment shipped under a new tracking number) is a new reshipment.
     */
    @Override
    public String dedupKey() {
        return DedupKeys.bounded(failedShipment == null ? "" : failedShipment);
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.RESHIPMENT;
    }

    public boolean hasLines() {
        return lines != null && !lines.isEmpty();
    }

    /** e.g. "2 × Red mug, 1 × TEE-1" (a product whose name is not known goes by its SKU) */
    public String linesInWords() {
        return ParcelItem.inWords(lines);
    }
}
