package com.example.fulfillment.order.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of an order's history: what happened, why, and the status the order was left in. */
@Entity
@Table(name = "order_timeline")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(nullable = false)
    private String cause;

    private String detail;

    private String reference;

    protected TimelineEntry() {
    }

    TimelineEntry(Order order, int seq, Instant at, String step, OrderStatus status, String cause, String detail,
            String reference) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.seq = seq;
        this.at = at;
        this.step = step;
        this.status = status;
        this.cause = cause;
        this.detail = detail;
        this.reference = reference;
    }

    public Instant getAt() {
        return at;
    }

    public String getStep() {
        return step;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getCause() {
        return cause;
    }

    public String getDetail() {
        return detail;
    }

    public String getReference() {
        return reference;
    }

    public int getSeq() {
        return seq;
    }
}
