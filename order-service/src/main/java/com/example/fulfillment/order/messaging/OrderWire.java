package com.example.fulfillment.order.messaging;

import java.util.List;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.events.OrderPacked;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.ShippingLabelCreated;
import com.example.fulfillment.events.StockVerified;
import com.example.fulfillment.events.TrackingUpdated;
import com.example.fulfillment.events.TransportArranged;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.Decision;
import com.example.fulfillment.events.model.Document;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.order.domain.Address;
import com.example.fulfillment.order.domain.ApprovalDecision;
import com.example.fulfillment.order.domain.ArrangedTransport;
import com.example.fulfillment.order.domain.ConfirmedBy;
import com.example.fulfillment.order.domain.Customer;
import com.example.fulfillment.order.domain.CustomerNotification;
import com.example.fulfillment.order.domain.DeliveryConfirmation;
import com.example.fulfillment.order.domain.DeliveryState;
import com.example.fulfillment.order.domain.Handover;
import com.example.fulfillment.order.domain.InvoiceLine;
import com.example.fulfillment.order.domain.IssuedRefund;
import com.example.fulfillment.order.domain.NotificationChannel;
import com.example.fulfillment.order.domain.OrderLine;
import com.example.fulfillment.order.domain.OrderOptions;
import com.example.fulfillment.order.domain.PackedParcel;
import com.example.fulfillment.order.domain.Paper;
import com.example.fulfillment.order.domain.PreparedInvoice;
import com.example.fulfillment.order.domain.ShippingLabel;
import com.example.fulfillment.order.domain.ShippingMethod;
import com.example.fulfillment.order.domain.Shortage;
import com.example.fulfillment.order.domain.StockVerification;
import com.example.fulfillment.order.domain.TrackingStatus;
import com.example.fulfillment.order.domain.TrackingUpdate;
import com.example.fulfillment.order.domain.VoidedInvoice;

/**
 * The wire contracts in the order's own words, and the order's words back on the wire. Both sides name their
 * enums' constants alike, so a value crosses by name. A missing list or paper stays missing: the domain decides
 * what an absent value means, as it did when it read the wire records itself.
 */
final class OrderWire {

    private OrderWire() {
    }

    static <E extends Enum<E>> E same(Class<E> type, Enum<?> value) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    /** The timeline's cause of a reaction: which event, from which service. */
    static String causeOf(EventContext context) {
        return context.type() + " from " + context.source();
    }

    static List<OrderLine> lines(List<com.example.fulfillment.events.model.OrderLine> lines) {
        return lines == null ? null : lines.stream().map(line -> new OrderLine(line.sku(), line.quantity())).toList();
    }

    static List<OrderLine> allocated(List<AllocatedItem> items) {
        return items == null ? null : items.stream().map(item -> new OrderLine(item.sku(), item.quantity())).toList();
    }

    static List<Shortage> shortages(List<StockShortage> shortages) {
        return shortages == null ? null : shortages.stream().map(shortage -> new Shortage(shortage.sku(),
                shortage.requested(), shortage.available(), shortage.expectedRestockDate(),
                shortage.alternativeSkus())).toList();
    }

    /** Any paper as its exact bytes: a binary document (a PDF label or invoice) decoded, a text one in UTF-8. */
    static Paper paper(Document document) {
        return document == null ? null : new Paper(document.kind(), document.title(), document.mediaType(),
                document.bytes(), !document.isBinary());
    }

    static StockVerification verification(StockVerified event) {
        return new StockVerification(event.orderId(), lines(event.lines()));
    }

    static PreparedInvoice invoice(InvoicePrepared event) {
        List<InvoiceLine> lines = event.lines() == null ? null : event.lines().stream()
                .map(line -> new InvoiceLine(line.description(), line.sku(), line.quantity(), line.unitPrice(),
                        line.amount())).toList();
        return new PreparedInvoice(event.orderId(), event.invoiceNumber(), event.currency(), lines, event.subtotal(),
                event.discountTotal(), event.taxTotal(), event.total(), paper(event.invoiceDocument()));
    }

    static VoidedInvoice voided(InvoiceVoided event) {
        return new VoidedInvoice(event.orderId(), event.invoiceNumber(), event.reason(), paper(event.creditNote()));
    }

    static PackedParcel packed(OrderPacked event) {
        return new PackedParcel(event.orderId(), event.packageId(), event.boxSize(), event.weightGrams(),
                event.materials(), paper(event.packingSlip()));
    }

    static ShippingLabel label(ShippingLabelCreated event) {
        return new ShippingLabel(event.orderId(), event.carrier(), event.trackingNumber(), paper(event.label()));
    }

    static ArrangedTransport transport(TransportArranged event) {
        return new ArrangedTransport(event.orderId(), event.carrier(), event.carrierService(),
                same(ShippingMethod.class, event.shippingMethod()), event.trackingNumber(), event.pickupAt(),
                event.expectedDeliveryDate());
    }

    static Handover handover(Shipped event) {
        return new Handover(event.orderId(), event.carrier(), event.trackingNumber(), event.expectedDeliveryDate(),
                event.documentsHandedOver());
    }

    static TrackingUpdate trackingUpdate(TrackingUpdated event) {
        return new TrackingUpdate(event.orderId(), event.trackingUpdateId(), event.carrier(), event.trackingNumber(),
                same(TrackingStatus.class, event.status()), same(DeliveryState.class, event.deliveryState()),
                event.description(), event.location(), event.occurredAt(), event.expectedDeliveryDate());
    }

    static DeliveryConfirmation deliveryConfirmation(DeliveryConfirmed event) {
        return new DeliveryConfirmation(event.orderId(), same(ConfirmedBy.class, event.confirmedBy()),
                event.condition(), event.confirmedAt());
    }

    static CustomerNotification notification(CustomerNotified event) {
        return new CustomerNotification(event.orderId(), event.notificationId(), event.kind(),
                same(NotificationChannel.class, event.channel()), event.recipient(), event.delivered());
    }

    static IssuedRefund refund(RefundIssued event) {
        return new IssuedRefund(event.orderId(), event.invoiceNumber(), event.creditNoteNumber(), event.currency(),
                event.amount(), paper(event.creditNote()));
    }

    static List<com.example.fulfillment.events.model.OrderLine> onWire(List<OrderLine> lines) {
        return lines.stream().map(line -> new com.example.fulfillment.events.model.OrderLine(line.sku(),
                line.quantity())).toList();
    }

    static com.example.fulfillment.events.model.Customer onWire(Customer customer) {
        return new com.example.fulfillment.events.model.Customer(customer.name(), customer.email(), customer.phone());
    }

    static com.example.fulfillment.events.model.Address onWire(Address address) {
        return new com.example.fulfillment.events.model.Address(address.recipient(), address.street(),
                address.city(), address.postalCode(), address.region(), address.country());
    }

    static com.example.fulfillment.events.model.OrderOptions onWire(OrderOptions options) {
        return new com.example.fulfillment.events.model.OrderOptions(options.specialPackaging(), options.giftWrap(),
                options.giftMessage());
    }

    static Decision onWire(ApprovalDecision decision) {
        return new Decision(decision.approvalId(), decision.decidedBy(), decision.reason(), decision.decidedAt());
    }
}
