package com.example.fulfillment.order.domain;

/** A paper of the order (packing slip, label, invoice, order details) as text, before it is kept in the dossier. */
public record Paper(String kind, String title, String mediaType, String content) {

    /** What is kept when another service announced a paper without sending it. */
    static Paper blank(String kind) {
        return new Paper(kind, kind, "text/plain", "");
    }
}
