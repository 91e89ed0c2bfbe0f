package com.example.fulfillment.notification.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells the customer the order is sent again. The new tracking number is not known yet: it comes with the
 * reshipment's own shipment confirmation.
 *
 * @param failedShipment the tracking number of the shipment being replaced, if this service saw it shipped
 */
public record ReshipmentMessage(String customerName, String orderId, List<Line> lines, String reason,
        String failedShipment) implements CustomerMessage {

    /** One line sent again: which product and how many. */
    public record Line(String sku, int quantity) {
    }

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

    /** e.g. "2 × MUG-1, 1 × TEE-1" */
    public String linesInWords() {
        return hasLines()
                ? lines.stream().map(line -> line.quantity() + " × " + line.sku()).collect(Collectors.joining(", "))
                : "";
    }
}
