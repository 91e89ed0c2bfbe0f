package com.example.fulfillment.order.domain;

import static com.example.fulfillment.order.domain.OrderStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which status may follow which, and how far along the happy path a status is. */
public final class OrderTransitions {

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = new EnumMap<>(OrderStatus.class);
    /** The happy path in order; AWAITING_STOCK sits before the verification it waits for. */
    private static final List<OrderStatus> PROGRESS = List.of(RECEIVED, AWAITING_STOCK, AVAILABILITY_VERIFIED,
            VERIFIED, ALLOCATED, INVOICED, READY_FOR_SHIPMENT, SHIPMENT_APPROVED, SHIPPED, DELIVERED, COMPLETED);

    static {
        ALLOWED.put(RECEIVED, EnumSet.of(AVAILABILITY_VERIFIED, AWAITING_STOCK, CANCELLED));
        ALLOWED.put(AWAITING_STOCK, EnumSet.of(AVAILABILITY_VERIFIED, CANCELLED));
        ALLOWED.put(AVAILABILITY_VERIFIED, EnumSet.of(VERIFIED, AWAITING_STOCK, CANCELLED));
        // allocation can still find the stock gone (never oversell): the order waits again
        ALLOWED.put(VERIFIED, EnumSet.of(ALLOCATED, AWAITING_STOCK, CANCELLED));
        ALLOWED.put(ALLOCATED, EnumSet.of(INVOICED, CANCELLED));
        ALLOWED.put(INVOICED, EnumSet.of(READY_FOR_SHIPMENT, CANCELLED));
        ALLOWED.put(READY_FOR_SHIPMENT, EnumSet.of(SHIPMENT_APPROVED, CANCELLED));
        ALLOWED.put(SHIPMENT_APPROVED, EnumSet.of(SHIPPED, CANCELLED));
        // the customer may confirm before the carrier does
        // after the handover, the carrier may give up (DELIVERY_FAILED) or the customer report a problem
        ALLOWED.put(SHIPPED, EnumSet.of(DELIVERED, COMPLETED, DELIVERY_ISSUE, DELIVERY_FAILED));
        // a carrier may report "delivered" and still bring the parcel back, or the customer find it damaged
        ALLOWED.put(DELIVERED, EnumSet.of(COMPLETED, DELIVERY_ISSUE, DELIVERY_FAILED));
        // ops decide: send again or give the money back; a parcel reported missing may still come back to sender
        ALLOWED.put(DELIVERY_ISSUE, EnumSet.of(DELIVERY_FAILED, RESHIPPING, REFUNDED));
        ALLOWED.put(DELIVERY_FAILED, EnumSet.of(RESHIPPING, REFUNDED));
        // the replacement package joins the happy path where the first one was packed and labelled
        ALLOWED.put(RESHIPPING, EnumSet.of(READY_FOR_SHIPMENT));
        ALLOWED.put(COMPLETED, EnumSet.noneOf(OrderStatus.class));
        ALLOWED.put(REFUNDED, EnumSet.noneOf(OrderStatus.class));
        ALLOWED.put(CANCELLED, EnumSet.noneOf(OrderStatus.class));
    }

    private OrderTransitions() {
    }

    public static boolean allowed(OrderStatus from, OrderStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** True once an order in status current has passed (or is at) target: a repeated event has nothing left to do. */
    public static boolean reached(OrderStatus current, OrderStatus target) {
        if (current == CANCELLED || target == CANCELLED) {
            return current == target;
        }
        return rank(current) >= rank(target);
    }

    /**
     * Where a status sits on the happy path: a delivery problem is as far along as a delivery (the parcel left),
     * a reshipment starts over after invoicing (the invoice stands, packing and labelling are done again), and a
     * refund ends the order like a completion.
     */
    private static int rank(OrderStatus status) {
        return switch (status) {
            case DELIVERY_ISSUE, DELIVERY_FAILED -> PROGRESS.indexOf(DELIVERED);
            case RESHIPPING -> PROGRESS.indexOf(INVOICED);
            case REFUNDED -> PROGRESS.indexOf(COMPLETED);
            default -> PROGRESS.indexOf(status);
        };
    }

    /** Ops decide a failed delivery or a delivery issue: reship or refund. */
    public static boolean awaitsOpsDecision(OrderStatus status) {
        return status == DELIVERY_FAILED || status == DELIVERY_ISSUE;
    }

    /** Completed, refunded or cancelled: nothing follows, so the order's dossier is filed. */
    public static boolean isFinal(OrderStatus status) {
        return ALLOWED.get(status).isEmpty();
    }

    public static boolean cancellable(OrderStatus status) {
        return allowed(status, CANCELLED);
    }
}
