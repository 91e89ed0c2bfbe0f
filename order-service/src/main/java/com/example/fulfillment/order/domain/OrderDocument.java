package com.example.fulfillment.order.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A paper of the order's dossier. Collected as the saga produces it (packing slip, label, invoice) and filed,
 * with the order details, when the order completes; only filed documents are part of the dossier.
 */
@Entity
@Table(name = "order_document")
public class OrderDocument extends PanacheEntityBase {

    public static final String ORDER_DETAILS = "ORDER_DETAILS";
    public static final String PACKING_SLIP = "PACKING_SLIP";
    public static final String INVOICE = "INVOICE";
    public static final String LABEL = "LABEL";

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
    private String content;

    @Column(nullable = false)
    private Instant collectedAt;

    private Instant filedAt;

    protected OrderDocument() {
    }

    public OrderDocument(String orderId, String kind, String title, String mediaType, String content,
            Instant collectedAt) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.kind = kind;
        this.title = title == null || title.isBlank() ? kind : title;
        this.mediaType = mediaType == null || mediaType.isBlank() ? "text/plain" : mediaType;
        this.content = content == null ? "" : content;
        this.collectedAt = collectedAt;
    }

    /** A later paper of the same kind takes this one's place; a filed dossier is not changed any more. */
    void replaceWith(String newTitle, String newMediaType, String newContent, Instant at) {
        if (filedAt != null) {
            return;
        }
        this.title = newTitle == null || newTitle.isBlank() ? kind : newTitle;
        this.mediaType = newMediaType == null || newMediaType.isBlank() ? "text/plain" : newMediaType;
        this.content = newContent == null ? "" : newContent;
        this.collectedAt = at;
    }

    void file(Instant at) {
        if (filedAt == null) {
            filedAt = at;
        }
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

    public String getContent() {
        return content;
    }

    public Instant getFiledAt() {
        return filedAt;
    }
}
