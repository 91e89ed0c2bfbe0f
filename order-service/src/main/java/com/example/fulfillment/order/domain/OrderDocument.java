package com.example.fulfillment.order.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A paper of the order's dossier, kept as its exact bytes: a PDF is served as billing or shipping made it.
 * Collected as the saga produces it (packing slip, label, invoice, credit note) and filed, with the order details,
 * when the order ends (completed, cancelled or refunded); only filed documents are part of the dossier.
 */
@Entity
@Table(name = "order_document")
public class OrderDocument extends PanacheEntityBase {

    public static final String ORDER_DETAILS = "ORDER_DETAILS";
    public static final String PACKING_SLIP = "PACKING_SLIP";
    public static final String INVOICE = "INVOICE";
    public static final String LABEL = "LABEL";
    public static final String CREDIT_NOTE = "CREDIT_NOTE";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String orderId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "is_text", nullable = false)
    private boolean text;

    @Column(nullable = false)
    private Instant collectedAt;

    private Instant filedAt;

    protected OrderDocument() {
    }

    public OrderDocument(String orderId, String kind, Paper paper, Instant collectedAt) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.kind = kind;
        take(paper);
        this.collectedAt = collectedAt;
    }

    /** A later paper of the same kind takes this one's place; a filed dossier is not changed any more. */
    void replaceWith(Paper paper, Instant at) {
        if (filedAt != null) {
            return;
        }
        take(paper);
        this.collectedAt = at;
    }

    private void take(Paper paper) {
        this.title = paper.title() == null || paper.title().isBlank() ? kind : paper.title();
        this.mediaType = paper.mediaType() == null || paper.mediaType().isBlank() ? "text/plain" : paper.mediaType();
        this.content = paper.content();
        this.text = paper.text();
    }

    void file(Instant at) {
        if (filedAt == null) {
            filedAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getMediaType() {
        return mediaType;
    }

    /** The document's exact bytes, as they were collected. */
    public byte[] getContent() {
        return content.clone();
    }

    public boolean isText() {
        return text;
    }

    /** The text of a text paper; null for a binary document (a PDF), which only its bytes describe. */
    public String textOrNull() {
        return text ? new String(content, StandardCharsets.UTF_8) : null;
    }

    public Instant getFiledAt() {
        return filedAt;
    }
}
