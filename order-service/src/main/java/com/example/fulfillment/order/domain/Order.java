package com.example.fulfillment.order.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.example.fulfillment.domain.InvalidInput;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A customer's order and its history. The status only ever changes through {@link #moveTo}, which checks the
 * life cycle, writes the timeline and announces the change.
 */
@Entity
@Table(name = "orders")
public class Order extends PanacheEntityBase {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Embedded
    private Checkout checkout;

    @ElementCollection
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLineItem> lines = new ArrayList<>();

    @Embedded
    private Parcel parcel = new Parcel();

    @Embedded
    private InvoiceTotal invoice;

    @ElementCollection
    @CollectionTable(name = "order_shortage", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderShortage> shortages = new ArrayList<>();

    @Embedded
    private Refund refund;

    private String idempotencyKey;
    private String requestFingerprint;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<TimelineEntry> timeline = new ArrayList<>();

    protected Order() {
    }

    /** A checked order as RECEIVED; the saga hears of it once it has room ({@link #enterSaga}). */
    public static Order receive(NewOrder request, String idempotencyKey, String requestFingerprint, String placedBy,
            Instant now) {
        Order order = new Order();
        order.id = UUID.randomUUID().toString();
        order.status = OrderStatus.RECEIVED;
        order.checkout = new Checkout(request);
        request.lines().forEach(line -> order.lines.add(new OrderLineItem(line.sku(), line.quantity())));
        order.idempotencyKey = idempotencyKey;
        order.requestFingerprint = requestFingerprint;
        order.createdAt = now;
        order.updatedAt = now;
        order.record(now, "order received", placedBy, order.lines.size() + " line(s), "
                + OrderRules.totalQuantity(order.lines()) + " item(s), " + request.shippingMethod(), null);
        return order;
    }

    /** Announces the order to the rest of the saga: at intake, or later from the waiting room (SagaAdmission). */
    public void enterSaga(OrderEventPublisher events) {
        events.orderReceived(this);
    }

    /**
     * The one way the status changes: refuses what the life cycle does not allow, records the step and
     * announces it with OrderStatusChanged; readiness for shipment is announced as a fact of its own too.
     */
    public void moveTo(OrderStatus to, String step, String cause, String detail, Instant at,
            OrderEventPublisher events) {
        moveTo(to, step, cause, detail, null, at, events);
    }

    /** As the other moveTo, keeping the business key of the fact that moved the order. */
    public void moveTo(OrderStatus to, String step, String cause, String detail, String reference, Instant at,
            OrderEventPublisher events) {
        if (!OrderTransitions.allowed(status, to)) {
            throw new TransitionNotAllowedException(id, status, to);
        }
        OrderStatus from = status;
        status = to;
        record(at, step, cause, detail, reference);
        events.statusReached(id, to, Duration.between(createdAt, at));
        events.orderStatusChanged(id, from, to, cause, at);
        if (to == OrderStatus.READY_FOR_SHIPMENT) {
            // shipping reacts to this fact instead of filtering every status change of every order
            events.orderReadyForShipment(id, at);
        }
    }

    /** Cancels before shipment and tells every service to undo its part; cancelledAt is the status it was in. */
    public void cancel(String reason, String cancelledBy, Instant at, OrderEventPublisher events) {
        OrderStatus cancelledAt = status;
        moveTo(OrderStatus.CANCELLED, "order cancelled", cancelledBy, reason, at, events);
        events.orderCancelled(id, cancelledAt, reason, cancelledBy);
    }

    /** Adds a timeline row without changing the status. */
    public void record(Instant at, String step, String cause, String detail, String reference) {
        timeline.add(new TimelineEntry(this, timeline.size() + 1, at, step, status, cause, detail, reference));
        updatedAt = at;
    }

    /** True if a fact with this business key is already in the timeline: a repeated event adds nothing. */
    public boolean hasRecorded(String reference) {
        return reference != null && timeline.stream().anyMatch(entry -> reference.equals(entry.getReference()));
    }

    public boolean hasReached(OrderStatus target) {
        return OrderTransitions.reached(status, target);
    }

    public boolean isCancelled() {
        return status == OrderStatus.CANCELLED;
    }

    /**
     * Packing and labelling happen in either order; the order is ready once both are done and it is invoiced, or,
     * on a reshipment, once the replacement package is packed and labelled (the invoice stands).
     */
    public boolean isReadyToShip() {
        return parcel.isPackedAndLabelled() && (status == OrderStatus.INVOICED || status == OrderStatus.RESHIPPING);
    }

    /**
     * Ops send the order again: the replacement goes through packing, labelling, transport and the Shipment Details
     * gate like the first package, so the first package's packing and label no longer count.
     */
    public void reship(String requestedBy, String reason, Instant at, OrderEventPublisher events) {
        moveTo(OrderStatus.RESHIPPING, "reshipment requested", "ops:" + requestedBy, reasonOrNone(reason), at, events);
        parcel.replace();
        events.reshipmentRequested(id, lines(), requestedBy, reason);
    }

    /** Ops give the money back instead of sending the goods again; billing issues the credit note. */
    public void refund(String requestedBy, String reason, Instant at, OrderEventPublisher events) {
        moveTo(OrderStatus.REFUNDED, "refund requested", "ops:" + requestedBy, reasonOrNone(reason), at, events);
        events.orderRefunded(id, requestedBy, reason);
    }

    /** See {@link Parcel#pass()}. */
    String shipmentPass() {
        return parcel.pass();
    }

    void refundedWith(String creditNoteNumber, String currency, BigDecimal amount) {
        refund = new Refund(creditNoteNumber, currency, amount);
    }

    void rememberShortages(List<Shortage> latest) {
        shortStock().remember(latest);
    }

    void forgetShortages() {
        shortStock().forget();
    }

    /**
     * Replaces short lines by alternatives inventory offered for them, in the same quantity.
     *
     * @return the errors, named by their place in the request; nothing changed unless the list is empty
     */
    public List<InvalidInput.FieldError> replaceLines(List<LineReplacement> replacements) {
        return shortStock().replace(replacements);
    }

    private ShortStock shortStock() {
        return new ShortStock(shortages, lines);
    }

    private static String reasonOrNone(String reason) {
        return reason == null || reason.isBlank() ? "no reason given" : reason;
    }

    void markPacked() {
        parcel.markPacked();
    }

    void markLabelled(String carrier, String trackingNumber) {
        parcel.markLabelled(carrier, trackingNumber);
    }

    void shipWith(String carrier, String trackingNumber, LocalDate expectedDeliveryDate) {
        parcel.shipWith(carrier, trackingNumber, expectedDeliveryDate);
    }

    void expectDeliveryOn(LocalDate date) {
        parcel.expectDeliveryOn(date);
    }

    void invoice(String number, String currency, BigDecimal total) {
        invoice = new InvoiceTotal(number, currency, total);
    }

    boolean isInvoicedWith(String invoiceNumber) {
        return invoiceNumber.equals(invoice == null ? null : invoice.number());
    }

    public boolean matchesRequest(String fingerprint) {
        return requestFingerprint != null && requestFingerprint.equals(fingerprint);
    }

    public String getId() {
        return id;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Checkout getCheckout() {
        return checkout;
    }

    public List<OrderLine> lines() {
        return lines.stream().map(OrderLineItem::toLine).toList();
    }

    public Parcel getParcel() {
        return parcel;
    }

    public String getTrackingNumber() {
        return parcel.getTrackingNumber();
    }

    /** @return null until billing prepared the invoice */
    public InvoiceTotal getInvoice() {
        return invoice;
    }

    public List<Shortage> shortages() {
        return shortStock().current();
    }

    public Optional<LocalDate> expectedRestockDate() {
        return shortStock().expectedRestockDate();
    }

    /** @return null until billing issued the credit note */
    public Refund getRefund() {
        return refund;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<TimelineEntry> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }
}
