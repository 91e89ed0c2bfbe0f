package com.example.fulfillment.order.domain;

/** The customer's pick for one short line: order alternativeSku instead of sku, in the same quantity. */
public record LineReplacement(String sku, String alternativeSku) {
}
