package com.example.fulfillment.order.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The credit note billing issued when ops refunded the order. */
@Embeddable
public record Refund(@Column(name = "refund_credit_note_number") String creditNoteNumber,
        @Column(name = "refund_currency") String currency, @Column(name = "refund_amount") BigDecimal amount) {
}
