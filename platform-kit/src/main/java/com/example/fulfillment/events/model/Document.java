package com.example.fulfillment.events.model;

/** A paper that travels with or is filed for an order: packing slip, invoice, label. content is text. */
public record Document(String kind, String title, String mediaType, String content) {
}
