package com.example.fulfillment.order.domain;

import jakarta.persistence.Embeddable;

/** Who ordered; phone is optional unless SMS is a notification channel. */
@Embeddable
public record Customer(String name, String email, String phone) {
}
