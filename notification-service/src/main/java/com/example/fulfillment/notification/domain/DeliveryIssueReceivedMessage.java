package com.example.fulfillment.notification.domain;

/**
 * Acknowledges the customer's report that the delivery is not right.
 *
 * @param shipment the tracking number of the shipment the report is about, if this service saw it shipped
 */
public record DeliveryIssueReceivedMessage(String customerName, String orderId, String condition, String comment,
        String shipment) implements CustomerMessage {

    /**
     * One acknowledgement per shipment and reported condition: the customer pressing "send" twice is told once,
     * while the same condition reported again about a reshipped parcel is a new report.
     */
    @Override
    public String dedupKey() {
        return DedupKeys.bounded((shipment == null ? "" : shipment) + "/" + condition);
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.DELIVERY_ISSUE_RECEIVED;
    }

    /** The condition as the customer reads it: DAMAGED becomes "damaged", NOT_RECEIVED "not received". */
    public String conditionInWords() {
        return condition == null || condition.isBlank() ? "a problem"
                : condition.strip().toLowerCase().replace('_', ' ');
    }
}
