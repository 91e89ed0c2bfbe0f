package com.example.fulfillment.order.domain;

/** The seed's three approval gates, in the order an order meets them. */
public enum ApprovalGate {
    /** A1: the availability check is submitted before stock is allocated. */
    ORDER_VERIFICATION,
    /** A2: label, ready status and transport are submitted before the handover. */
    SHIPMENT_DETAILS,
    /** A3: a tracking update is submitted before the customer is told. */
    TRACKING_CONFIRMATION
}
