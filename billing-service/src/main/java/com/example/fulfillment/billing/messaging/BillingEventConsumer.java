package com.example.fulfillment.billing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.BillingOrderService;
import com.example.fulfillment.billing.domain.Cancellation;
import com.example.fulfillment.billing.domain.InvoiceIssuing;
import com.example.fulfillment.billing.domain.InvoiceSettlement;
import com.example.fulfillment.billing.domain.Refund;
import com.example.fulfillment.billing.domain.Reshipment;
import com.example.fulfillment.eventbus.EventConsumer;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventSubscriptions;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.OrderRefunded;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.StockAllocated;

/**
 * Billing's reactions to the saga. Every refusal of billing's domain is final (an order it never received, an
 * allocation it cannot invoice), so none is named as not yet possible: each is dead-lettered at once.
 */
@ApplicationScoped
public class BillingEventConsumer implements EventConsumer {

    private final BillingOrderService orders;
    private final InvoiceIssuing issuing;
    private final InvoiceSettlement settlement;

    BillingEventConsumer(BillingOrderService orders, InvoiceIssuing issuing, InvoiceSettlement settlement) {
        this.orders = orders;
        this.issuing = issuing;
        this.settlement = settlement;
    }

    @Override
    public void subscribe(EventSubscriptions subscriptions) {
        subscriptions.on(OrderReceived.class, this::orderReceived)
                .on(StockAllocated.class, this::stockAllocated)
                .on(OrderCancelled.class, this::orderCancelled)
                .on(OrderRefunded.class, this::orderRefunded)
                .on(ReshipmentRequested.class, this::reshipmentRequested);
    }

    /** Step 1: billing keeps its own copy of whom to bill and what the options cost. */
    void orderReceived(OrderReceived event, EventContext context) {
        orders.recordOrder(BillingWire.orderToBill(event));
    }

    /** Step 4: the allocated stock is invoiced, now or once its prices are set. */
    void stockAllocated(StockAllocated event, EventContext context) {
        issuing.prepareInvoice(BillingWire.allocatedStock(event));
    }

    /** The way out: the invoice is voided, and a late allocation finds the order cancelled and bills nothing. */
    void orderCancelled(OrderCancelled event, EventContext context) {
        settlement.voidInvoice(new Cancellation(event.orderId(), event.reason()));
    }

    /** Ops give the money back after a failed delivery: a credit note for the whole invoice. */
    void orderRefunded(OrderRefunded event, EventContext context) {
        settlement.refund(new Refund(event.orderId(), event.requestedBy(), event.reason()));
    }

    /** Ops send the order again at the seller's cost: the invoice stays as it is. */
    void reshipmentRequested(ReshipmentRequested event, EventContext context) {
        settlement.recordReshipment(new Reshipment(event.orderId(), event.requestedBy(), event.reason()));
    }
}
