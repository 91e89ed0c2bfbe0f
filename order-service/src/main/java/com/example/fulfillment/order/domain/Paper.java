package com.example.fulfillment.order.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A paper of the order (packing slip, label, invoice, credit note, order details) before it is kept in the
 * dossier: its exact bytes, so that a PDF is filed as the customer or the carrier got it. text says the bytes are
 * UTF-8 text that a listing may show as it is.
 */
public record Paper(String kind, String title, String mediaType, byte[] content, boolean text) {

    public Paper {
        content = content == null ? new byte[0] : content;
    }

    static Paper text(String kind, String title, String mediaType, String text) {
        return new Paper(kind, title, mediaType, text == null ? null : text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** What is kept when another service announced a paper without sending it. */
    static Paper blank(String kind) {
        return text(kind, kind, "text/plain", "");
    }

    // a record compares arrays by identity: two papers with the same bytes are the same paper
    @Override
    public boolean equals(Object other) {
        return other instanceof Paper that && text == that.text && Objects.equals(kind, that.kind)
                && Objects.equals(title, that.title) && Objects.equals(mediaType, that.mediaType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, title, mediaType, text) * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Paper[kind=" + kind + ", title=" + title + ", mediaType=" + mediaType + ", " + content.length
                + " bytes" + (text ? " of text" : "") + "]";
    }
}
