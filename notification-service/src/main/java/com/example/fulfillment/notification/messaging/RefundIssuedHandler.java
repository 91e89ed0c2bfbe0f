package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.notification.domain.CustomerNotifications;
import com.example.fulfillment.notification.domain.RefundIssuedMessage;

/** Tells the customer how much comes back and under which credit note. */
@ApplicationScoped
public class RefundIssuedHandler implements EventHandler<RefundIssued> {

    private final CustomerNotifications notifications;

    RefundIssuedHandler(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void handle(RefundIssued event, EventContext context) {
        // telling a customer "a refund" without the amount would only raise questions; billing always sends it
        if (event.amount() == null || event.currency() == null) {
            throw new UnprocessableEventException("RefundIssued for order " + event.orderId()
                    + " names no amount or currency");
        }
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                recipient -> new RefundIssuedMessage(recipient.getName(), event.orderId(), event.invoiceNumber(),
                        event.creditNoteNumber(), event.currency(), event.amount()));
    }
}
