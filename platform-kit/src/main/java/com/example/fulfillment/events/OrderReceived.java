package com.example.fulfillment.events;

import java.time.Instant;
import java.util.List;

import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.Customer;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.OrderOptions;
import com.example.fulfillment.events.model.ShippingMethod;

/**
 * Step 1: a validated order was stored. Carries everything later steps need about the customer's
 * request, so that billing, shipping and notification keep their own copy instead of asking order-service.
 */
public record OrderReceived(String orderId, Customer customer, Address shippingAddress,
        ShippingMethod shippingMethod, List<OrderLine> lines, OrderOptions options,
        List<NotificationChannel> notificationChannels, String discountCode, Instant receivedAt) implements SagaEvent {
}
