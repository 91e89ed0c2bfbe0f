package com.example.fulfillment.shipping.domain;

/** What shipping keeps of a received order. Address and method may be missing: the shipment then refuses it. */
public record OrderToShip(String orderId, String customerName, Address address, ShippingMethod method,
        PackingWishes wishes) {
}
