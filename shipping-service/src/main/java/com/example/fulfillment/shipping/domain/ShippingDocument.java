package com.example.fulfillment.shipping.domain;

/** A paper that travels with a package (packing slip, label), as plain text for any printer and the dossier. */
public record ShippingDocument(String kind, String title, String mediaType, String content) {
}
