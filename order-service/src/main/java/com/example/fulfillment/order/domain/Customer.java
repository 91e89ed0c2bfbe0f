package com.example.fulfillment.order.domain;

/** Who ordered; phone is optional unless SMS is a notification channel. */
public record Customer(String name, String email, String phone) {
}
