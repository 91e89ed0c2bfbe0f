package com.example.fulfillment.order.api;

import jakarta.validation.constraints.Size;

/** The reason is optional: a customer may change their mind without explaining it. */
public record CancelRequest(@Size(max = 500) String reason) {

    String reasonOrDefault() {
        return reason == null || reason.isBlank() ? "cancelled by the customer" : reason;
    }
}
