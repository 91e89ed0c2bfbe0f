package com.example.fulfillment.order.domain;

import java.util.List;

import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.Customer;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.OrderOptions;
import com.example.fulfillment.events.model.ShippingMethod;

/** What the customer asked for, already shaped by the API; {@link OrderRules} checks what needs the whole order. */
public record NewOrder(Customer customer, Address shippingAddress, ShippingMethod shippingMethod, List<OrderLine> lines,
        OrderOptions options, List<NotificationChannel> notificationChannels, String discountCode) {
}
