package com.example.fulfillment.order.domain;

import java.util.List;

/** What the customer asked for, already shaped by the API; {@link OrderRules} checks what needs the whole order. */
public record NewOrder(Customer customer, Address shippingAddress, ShippingMethod shippingMethod, List<OrderLine> lines,
        OrderOptions options, List<NotificationChannel> notificationChannels, String discountCode) {
}
