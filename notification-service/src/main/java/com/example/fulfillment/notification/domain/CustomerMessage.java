package com.example.fulfillment.notification.domain;

/**
 * What one kind of message says, handed to its templates as {@code m}. Each kind's templates declare their
 * record's type, so Quarkus checks every expression in them at build time.
 */
public sealed interface CustomerMessage permits ShipmentConfirmationMessage, DeliveryUpdateMessage,
        OrderCompletedMessage, StockUnavailableMessage, OrderCancelledMessage, DeliveryIssueReceivedMessage,
        ReshipmentMessage, RefundIssuedMessage {

    NotificationKind kind();

    String orderId();

    /**
     * What makes two events tell the customer the same thing, so that a second event with a new id but the
     * same meaning (a producer's retry, a replay) adds no second message.
     */
    String dedupKey();

    /** Whether the message is worth an SMS to a customer who chose SMS; e-mail and portal carry every message. */
    default boolean worthAnSms() {
        return true;
    }

    /** Where the customer follows the parcel on the tracking portal, for the messages about one; else null. */
    default String trackingLink() {
        return null;
    }
}
