package com.example.fulfillment.inventory.domain;

import jakarta.persistence.Embeddable;

/** One line of an order as inventory keeps it. */
@Embeddable
public record RequestedLine(String sku, int quantity) {
}
