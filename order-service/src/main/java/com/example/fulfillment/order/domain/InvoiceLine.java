package com.example.fulfillment.order.domain;

import java.math.BigDecimal;

/** One line of a prepared invoice; a fee line has no sku. */
public record InvoiceLine(String description, String sku, int quantity, BigDecimal unitPrice, BigDecimal amount) {
}
