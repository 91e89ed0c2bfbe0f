package com.example.fulfillment.order.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the order keeps of billing's invoice: its number and its total. */
@Embeddable
public record InvoiceTotal(@Column(name = "invoice_number") String number,
        @Column(name = "invoice_currency") String currency, @Column(name = "invoice_total") BigDecimal total) {
}
