package com.example.fulfillment.shipping.domain;

import jakarta.persistence.Embeddable;

/** The customer's wishes for the package. giftMessage is exactly as typed: it is printed on the message card. */
@Embeddable
public record PackingWishes(boolean specialPackaging, boolean giftWrap, String giftMessage) {
}
