package com.example.fulfillment.order.domain;

/** What the gates' rules look at; a fact a gate does not use may be null. */
public record ApprovalFacts(int totalQuantity, ShippingMethod shippingMethod, DeliveryState deliveryState) {

    static ApprovalFacts of(Order order, ShippingMethod shippingMethod, DeliveryState deliveryState) {
        return new ApprovalFacts(OrderRules.totalQuantity(order.lines()), shippingMethod, deliveryState);
    }
}
