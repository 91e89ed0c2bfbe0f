package com.example.fulfillment.events.model;

import java.math.BigDecimal;

public record InvoiceLine(String description, String sku, int quantity, BigDecimal unitPrice, BigDecimal amount) {
}
