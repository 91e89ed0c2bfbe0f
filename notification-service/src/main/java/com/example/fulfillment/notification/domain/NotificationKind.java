package com.example.fulfillment.notification.domain;

/** What a message tells the customer; each kind has its own templates under templates/notifications/. */
public enum NotificationKind {
    SHIPMENT_CONFIRMATION,
    DELIVERY_UPDATE,
    ORDER_COMPLETED,
    STOCK_UNAVAILABLE,
    ORDER_CANCELLED,
    DELIVERY_ISSUE_RECEIVED,
    RESHIPMENT,
    REFUND_ISSUED;

    /** The template folder, e.g. shipment-confirmation. */
    public String templateFolder() {
        return name().toLowerCase().replace('_', '-');
    }
}
