package com.example.fulfillment.billing.domain;

import java.time.Instant;

/**
 * What billing keeps of a received order: whom to bill, where it goes and which options cost extra.
 * customer, shippingAddress and shippingMethod are null when the order did not say them.
 */
public record OrderToBill(String orderId, CustomerContact customer, PostalAddress shippingAddress,
        ShippingMethod shippingMethod, boolean giftWrap, boolean specialPackaging, String discountCode,
        Instant receivedAt) {

    /** Whether it says everything an invoice needs. */
    public boolean isComplete() {
        return customer != null && shippingAddress != null && shippingMethod != null;
    }
}
