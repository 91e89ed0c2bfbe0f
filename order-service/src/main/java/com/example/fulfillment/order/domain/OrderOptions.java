package com.example.fulfillment.order.domain;

import jakarta.persistence.Embeddable;

/** The customer's wishes from checkout. giftMessage is kept exactly as typed, Unicode included. */
@Embeddable
public record OrderOptions(boolean specialPackaging, boolean giftWrap, String giftMessage) {

    public static OrderOptions none() {
        return new OrderOptions(false, false, null);
    }
}
