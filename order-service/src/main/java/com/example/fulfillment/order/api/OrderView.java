package com.example.fulfillment.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.order.domain.Address;
import com.example.fulfillment.order.domain.Checkout;
import com.example.fulfillment.order.domain.Customer;
import com.example.fulfillment.order.domain.InvoiceTotal;
import com.example.fulfillment.order.domain.NotificationChannel;
import com.example.fulfillment.order.domain.Order;
import com.example.fulfillment.order.domain.OrderLine;
import com.example.fulfillment.order.domain.OrderOptions;
import com.example.fulfillment.order.domain.OrderStatus;
import com.example.fulfillment.order.domain.Parcel;
import com.example.fulfillment.order.domain.Refund;
import com.example.fulfillment.order.domain.ShippingMethod;
import com.example.fulfillment.order.domain.Shortage;
import com.example.fulfillment.order.domain.TimelineEntry;

/** An order with its history, as the shop and the ops team read it. invoice is null until billing prepared it. */
public record OrderView(String id, OrderStatus status, Customer customer, Address shippingAddress,
        ShippingMethod shippingMethod, List<OrderLine> lines, OrderOptions options,
        List<NotificationChannel> notificationChannels, String discountCode, String trackingNumber, String carrier,
        LocalDate expectedDeliveryDate, InvoiceSummary invoice,
        @Schema(description = "the short lines of the last stock check, with restock dates and alternatives; "
                + "empty unless the order awaits stock") List<Shortage> shortages,
        @Schema(description = "null until billing issued the refund") RefundSummary refund, Instant createdAt,
        Instant updatedAt, List<TimelineView> timeline) {

    public record InvoiceSummary(String number, String currency, BigDecimal total) {
    }

    public record RefundSummary(String creditNoteNumber, String currency, BigDecimal amount) {
    }

    public record TimelineView(Instant at, String step, OrderStatus status, String cause, String detail) {

        static TimelineView of(TimelineEntry entry) {
            return new TimelineView(entry.getAt(), entry.getStep(), entry.getStatus(), entry.getCause(),
                    entry.getDetail());
        }
    }

    static OrderView of(Order order) {
        InvoiceTotal invoiced = order.getInvoice();
        InvoiceSummary invoice = invoiced == null ? null
                : new InvoiceSummary(invoiced.number(), invoiced.currency(), invoiced.total());
        Refund refunded = order.getRefund();
        RefundSummary refund = refunded == null ? null
                : new RefundSummary(refunded.creditNoteNumber(), refunded.currency(), refunded.amount());
        Checkout checkout = order.getCheckout();
        Parcel parcel = order.getParcel();
        return new OrderView(order.getId(), order.getStatus(), checkout.getCustomer(), checkout.getShippingAddress(),
                checkout.getShippingMethod(), order.lines(), checkout.getOptions(), checkout.getNotificationChannels(),
                checkout.getDiscountCode(), parcel.getTrackingNumber(), parcel.getCarrier(),
                parcel.getExpectedDeliveryDate(), invoice, order.shortages(), refund, order.getCreatedAt(),
                order.getUpdatedAt(), order.getTimeline().stream().map(TimelineView::of).toList());
    }
}
