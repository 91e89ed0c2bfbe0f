package com.example.fulfillment.inventory.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What an order asked of the stock and how far inventory got with it. It is inventory's own memory of the
 * orders it heard of: it tells a repeated event from a new one, and keeps a short order waiting for stock.
 */
@Entity
@Table(name = "stock_request")
public class StockRequest extends PanacheEntityBase {

    @Id
    private String orderId;
    @Enumerated(EnumType.STRING)
    private StockRequestState state;
    private Instant receivedAt;
    private Instant waitingSince;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stock_request_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<RequestedLine> lines = new ArrayList<>();

    protected StockRequest() {
    }

    private StockRequest(String orderId, List<RequestedLine> lines, StockRequestState state, Instant now) {
        this.orderId = orderId;
        this.lines.addAll(lines);
        this.state = state;
        this.receivedAt = now;
        this.waitingSince = state == StockRequestState.WAITING ? now : null;
        this.updatedAt = now;
    }

    public static StockRequest verified(String orderId, List<RequestedLine> lines, Instant now) {
        return new StockRequest(orderId, lines, StockRequestState.VERIFIED, now);
    }

    public static StockRequest waiting(String orderId, List<RequestedLine> lines, Instant now) {
        return new StockRequest(orderId, lines, StockRequestState.WAITING, now);
    }

    /** The customer's amended lines replace the ones the order came with. */
    public void replaceLines(List<RequestedLine> amended, Instant now) {
        if (amended.isEmpty()) {
            throw new IllegalArgumentException("order " + orderId + " cannot be amended to no lines");
        }
        lines.clear();
        lines.addAll(amended);
        updatedAt = now;
    }

    public void markVerified(Instant now) {
        moveTo(StockRequestState.VERIFIED, now);
        waitingSince = null;
    }

    public void markWaiting(Instant now) {
        if (state != StockRequestState.WAITING) {
            waitingSince = now;
        }
        moveTo(StockRequestState.WAITING, now);
    }

    public void markAllocated(Instant now) {
        moveTo(StockRequestState.ALLOCATED, now);
        waitingSince = null;
    }

    public void markCancelled(Instant now) {
        moveTo(StockRequestState.CANCELLED, now);
        waitingSince = null;
    }

    public void markShipped(Instant now) {
        moveTo(StockRequestState.SHIPPED, now);
    }

    /** Allocation is still ahead: a cancelled, allocated or shipped order must not be allocated (again). */
    public boolean awaitsAllocation() {
        return state == StockRequestState.VERIFIED || state == StockRequestState.WAITING;
    }

    private void moveTo(StockRequestState next, Instant now) {
        state = next;
        updatedAt = now;
    }

    public String getOrderId() {
        return orderId;
    }

    public StockRequestState getState() {
        return state;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public List<RequestedLine> getLines() {
        return List.copyOf(lines);
    }
}
