package com.example.fulfillment.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

    private String customerName;
    private String customerEmail;
    private String customerPhone;

    private String recipient;
    private String street;
    private String city;
    private String postalCode;
    private String region;
    private String country;

    @Enumerated(EnumType.STRING)
    private ShippingMethod shippingMethod;

    @ElementCollection
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLineItem> lines = new ArrayList<>();

    private boolean specialPackaging;
    private boolean giftWrap;
    private String giftMessage;

    /** Comma-separated channel names, in the customer's order of preference. */
    private String notificationChannels;

    private String discountCode;

    private String carrier;
    private String trackingNumber;
    private LocalDate expectedDeliveryDate;

    private String invoiceNumber;
    private String invoiceCurrency;
    private BigDecimal invoiceTotal;

    private boolean packed;
    private boolean labelled;
    private int reshipments;

    @ElementCollection
    @CollectionTable(name = "order_shortage", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderShortage> shortages = new ArrayList<>();

    private String refundCreditNoteNumber;
    private String refundCurrency;
    private BigDecimal refundAmount;

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

    /** Stores a checked order as RECEIVED and announces it to the rest of the saga. */
    public static Order receive(NewOrder request, String idempotencyKey, String requestFingerprint, Instant now,
            OrderEventPublisher events) {
        Order order = new Order();
        order.id = UUID.randomUUID().toString();
        order.status = OrderStatus.RECEIVED;
        order.customerName = request.customer().name();
        order.customerEmail = request.customer().email();
        order.customerPhone = request.customer().phone();
        Address address = request.shippingAddress();
        order.recipient = address.recipient();
        order.street = address.street();
        order.city = address.city();
        order.postalCode = address.postalCode();
        order.region = address.region();
        order.country = address.country();
        order.shippingMethod = request.shippingMethod();
        request.lines().forEach(line -> order.lines.add(new OrderLineItem(line.sku(), line.quantity())));
        order.specialPackaging = request.options().specialPackaging();
        order.giftWrap = request.options().giftWrap();
        order.giftMessage = request.options().giftMessage();
        order.notificationChannels = request.notificationChannels().stream().map(Enum::name)
                .collect(Collectors.joining(","));
        order.discountCode = request.discountCode();
        order.idempotencyKey = idempotencyKey;
        order.requestFingerprint = requestFingerprint;
        order.createdAt = now;
        order.updatedAt = now;
        order.record(now, "order received", "customer", order.lines.size() + " line(s), "
                + OrderRules.totalQuantity(order.lines()) + " item(s), " + order.shippingMethod, null);
        events.orderReceived(order);
        return order;
    }

    /**
     * The one way the status changes: refuses what the life cycle does not allow, records the step and
     * announces it with OrderStatusChanged.
     */
    public void moveTo(OrderStatus to, String step, String cause, String detail, Instant at, OrderEventPublisher events) {
        moveTo(to, step, cause, detail, null, at, events);
    }

    /** As {@link #moveTo(OrderStatus, String, String, String, Instant, OrderEventPublisher)}, keeping the fact's key. */
    public void moveTo(OrderStatus to, String step, String cause, String detail, String reference, Instant at,
            OrderEventPublisher events) {
        if (!OrderTransitions.allowed(status, to)) {
            throw new TransitionNotAllowedException(id, status, to);
        }
        OrderStatus from = status;
        status = to;
        record(at, step, cause, detail, reference);
        events.orderStatusChanged(id, from, to, cause, at);
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
        return packed && labelled && (status == OrderStatus.INVOICED || status == OrderStatus.RESHIPPING);
    }

    /**
     * Ops send the order again: the replacement goes through packing, labelling, transport and the Shipment Details
     * gate like the first package, so the first package's packing and label no longer count.
     */
    public void reship(String requestedBy, String reason, Instant at, OrderEventPublisher events) {
        moveTo(OrderStatus.RESHIPPING, "reshipment requested", "ops:" + requestedBy, reasonOrNone(reason), at, events);
        reshipments++;
        packed = false;
        labelled = false;
        events.reshipmentRequested(id, lines(), requestedBy, reason);
    }

    /** Ops give the money back instead of sending the goods again; billing issues the credit note. */
    public void refund(String requestedBy, String reason, Instant at, OrderEventPublisher events) {
        moveTo(OrderStatus.REFUNDED, "refund requested", "ops:" + requestedBy, reasonOrNone(reason), at, events);
        events.orderRefunded(id, requestedBy, reason);
    }

    /**
     * Which shipment pass a package or label belongs to: the first is "", a reshipment's is ":reship1", ...; a
     * reshipment's package must not be taken for a repeat of the first package's event.
     */
    public boolean isReshipment() {
        return reshipments > 0;
    }

    /** News about a parcel that a reshipment replaced must not fail the replacement. */
    boolean concernsCurrentParcel(String parcelTrackingNumber) {
        return parcelTrackingNumber == null || trackingNumber == null || parcelTrackingNumber.equals(trackingNumber);
    }

    String shipmentPass() {
        return reshipments == 0 ? "" : ":reship" + reshipments;
    }

    void refundedWith(String creditNoteNumber, String currency, BigDecimal amount) {
        refundCreditNoteNumber = creditNoteNumber;
        refundCurrency = currency;
        refundAmount = amount;
    }

    /** Only the last StockUnavailable counts: it says what is short now and what inventory offers instead. */
    void rememberShortages(List<Shortage> latest) {
        shortages.clear();
        latest.forEach(shortage -> shortages.add(new OrderShortage(shortage)));
    }

    void forgetShortages() {
        shortages.clear();
    }

    /**
     * Replaces short lines by alternatives inventory offered for them, in the same quantity.
     *
     * @return the violations, named by their place in the request; nothing changed unless the list is empty
     */
    public List<InvalidInput.FieldError> replaceLines(List<LineReplacement> replacements) {
        List<InvalidInput.FieldError> violations = new ArrayList<>();
        if (replacements == null || replacements.isEmpty()) {
            violations.add(new InvalidInput.FieldError("replacements", "must name at least one short sku and its alternative"));
            return violations;
        }
        Set<String> orderedAfterwards = new HashSet<>(lines.stream().map(OrderLineItem::getSku).toList());
        for (int i = 0; i < replacements.size(); i++) {
            LineReplacement replacement = replacements.get(i);
            Optional<OrderShortage> shortage = shortages.stream()
                    .filter(candidate -> candidate.getSku().equals(replacement.sku())).findFirst();
            if (shortage.isEmpty() || !orderedAfterwards.contains(replacement.sku())) {
                violations.add(new InvalidInput.FieldError("replacements[" + i + "].sku",
                        "is not a short line of this order (short: " + shortSkus() + ")"));
                continue;
            }
            if (!shortage.get().alternatives().contains(replacement.alternativeSku())) {
                violations.add(new InvalidInput.FieldError("replacements[" + i + "].alternativeSku",
                        "is not an alternative offered for " + replacement.sku() + " (offered: "
                                + String.join(", ", shortage.get().alternatives()) + ")"));
                continue;
            }
            if (orderedAfterwards.contains(replacement.alternativeSku())) {
                // two lines of one sku would be merged silently downstream: the customer must say the quantity
                violations.add(new InvalidInput.FieldError("replacements[" + i + "].alternativeSku",
                        replacement.alternativeSku() + " is already ordered on another line"));
                continue;
            }
            orderedAfterwards.remove(replacement.sku());
            orderedAfterwards.add(replacement.alternativeSku());
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        for (LineReplacement replacement : replacements) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).getSku().equals(replacement.sku())) {
                    lines.set(i, new OrderLineItem(replacement.alternativeSku(), lines.get(i).getQuantity()));
                }
            }
            shortages.removeIf(shortage -> shortage.getSku().equals(replacement.sku()));
        }
        return violations;
    }

    private String shortSkus() {
        return shortages.stream().map(OrderShortage::getSku).collect(Collectors.joining(", "));
    }

    private static String reasonOrNone(String reason) {
        return reason == null || reason.isBlank() ? "no reason given" : reason;
    }

    void markPacked() {
        packed = true;
    }

    void markLabelled(String carrier, String trackingNumber) {
        labelled = true;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
    }

    void shipWith(String carrier, String trackingNumber, LocalDate expectedDeliveryDate) {
        if (carrier != null) {
            this.carrier = carrier;
        }
        if (trackingNumber != null) {
            this.trackingNumber = trackingNumber;
        }
        expectDeliveryOn(expectedDeliveryDate);
    }

    void expectDeliveryOn(LocalDate date) {
        if (date != null) {
            expectedDeliveryDate = date;
        }
    }

    void invoice(String number, String currency, BigDecimal total) {
        invoiceNumber = number;
        invoiceCurrency = currency;
        invoiceTotal = total;
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

    public Customer customer() {
        return new Customer(customerName, customerEmail, customerPhone);
    }

    public Address shippingAddress() {
        return new Address(recipient, street, city, postalCode, region, country);
    }

    public ShippingMethod getShippingMethod() {
        return shippingMethod;
    }

    public List<OrderLine> lines() {
        return lines.stream().map(OrderLineItem::toLine).toList();
    }

    public OrderOptions options() {
        return new OrderOptions(specialPackaging, giftWrap, giftMessage);
    }

    public List<NotificationChannel> channels() {
        return Arrays.stream(notificationChannels.split(",")).map(NotificationChannel::valueOf).toList();
    }

    public String getDiscountCode() {
        return discountCode;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public LocalDate getExpectedDeliveryDate() {
        return expectedDeliveryDate;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public String getInvoiceCurrency() {
        return invoiceCurrency;
    }

    public BigDecimal getInvoiceTotal() {
        return invoiceTotal;
    }

    public List<Shortage> shortages() {
        return shortages.stream().map(OrderShortage::toShortage).toList();
    }

    /** The latest restock date among the short lines, if inventory knows any. */
    public Optional<LocalDate> expectedRestockDate() {
        return shortages.stream().map(OrderShortage::getExpectedRestockDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    public String getRefundCreditNoteNumber() {
        return refundCreditNoteNumber;
    }

    public String getRefundCurrency() {
        return refundCurrency;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
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
