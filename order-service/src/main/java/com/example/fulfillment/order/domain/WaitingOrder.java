package com.example.fulfillment.order.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An order taken while the saga had no room: it waits, in the order it came, until {@link SagaAdmission} lets it in. */
@Entity
@Table(name = "saga_waiting_room")
public class WaitingOrder extends PanacheEntityBase {

    @Id
    private String orderId;
    private Instant waitingSince;
    /** Arrival order: the first to come is the first let in. */
    @Column(insertable = false, updatable = false) // the database numbers them (bigserial)
    private Long seq;

    protected WaitingOrder() {
    }

    WaitingOrder(String orderId, Instant since) {
        this.orderId = orderId;
        this.waitingSince = since;
    }

    public String getOrderId() {
        return orderId;
    }
}
