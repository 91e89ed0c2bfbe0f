package com.example.fulfillment.shipping.domain;

/**
 * A paper that travels with a package: the packing slip as plain text for any printer, the label as the carrier
 * platform sold it (a PDF, its exact bytes; content is then a one-line description for people and logs).
 */
public record ShippingDocument(String kind, String title, String mediaType, String content, byte[] bytes) {

    public static final String PDF = "application/pdf";

    public ShippingDocument(String kind, String title, String mediaType, String content) {
        this(kind, title, mediaType, content, null);
    }

    public static ShippingDocument pdf(String kind, String title, String description, byte[] bytes) {
        return new ShippingDocument(kind, title, PDF, description, bytes);
    }

    public boolean isBinary() {
        return bytes != null;
    }
}
