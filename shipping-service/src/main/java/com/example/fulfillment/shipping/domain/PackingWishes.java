package com.example.fulfillment.shipping.domain;

/** The customer's wishes for the package. giftMessage is exactly as typed: it is printed on the message card. */
public record PackingWishes(boolean specialPackaging, boolean giftWrap, String giftMessage) {

    public static PackingWishes none() {
        return new PackingWishes(false, false, null);
    }
}
