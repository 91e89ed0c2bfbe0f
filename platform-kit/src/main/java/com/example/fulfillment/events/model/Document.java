package com.example.fulfillment.events.model;

import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A paper that travels with or is filed for an order: packing slip, invoice, credit note, label. Text papers carry
 * their text in content (encoding null); a PDF or a thermal printer's ZPL carries its exact bytes in base64
 * (encoding "base64"), so that the dossier files the very bytes the customer and the carrier got.
 */
public record Document(String kind, String title, String mediaType, String content, String encoding) {

    public static final String BASE64 = "base64";

    public Document(String kind, String title, String mediaType, String content) {
        this(kind, title, mediaType, content, null);
    }

    public static Document binary(String kind, String title, String mediaType, byte[] bytes) {
        return new Document(kind, title, mediaType, Base64.getEncoder().encodeToString(bytes), BASE64);
    }

    /** Derived from encoding: not a field of the wire format. */
    @JsonIgnore
    public boolean isBinary() {
        return BASE64.equals(encoding);
    }

    /** The paper's bytes: decoded when binary, the text in UTF-8 otherwise. */
    public byte[] bytes() {
        if (content == null) {
            return new byte[0];
        }
        return isBinary() ? Base64.getDecoder().decode(content)
                : content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
