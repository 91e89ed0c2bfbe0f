package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Everything shipping does for one order, from the address it got to the carrier's last word. Parcel, label and
 * transport are null until they happen, and again once a reshipment starts over.
 */
@Entity
@Table(name = "shipment")
public class Shipment extends PanacheEntityBase {

    @Id
    private String orderId;

    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;

    private String customerName;
    @Embedded
    private Address address;
    @Enumerated(EnumType.STRING)
    private ShippingMethod shippingMethod;
    @Embedded
    private PackingWishes wishes;

    @ElementCollection
    @CollectionTable(name = "shipment_item", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<ShipmentItem> items = new ArrayList<>();

    private String invoiceNumber;

    @Embedded
    private PackedParcel parcel;
    @ElementCollection
    @CollectionTable(name = "shipment_material", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    @Column(name = "material")
    @Enumerated(EnumType.STRING)
    private List<PackingMaterial> materials = new ArrayList<>();

    @Embedded
    private ShippingLabel label;
    private boolean labelVoid;

    @Embedded
    private TransportBooking transport;

    private Instant shippedAt;
    @ElementCollection
    @CollectionTable(name = "shipment_handover_document", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    @Column(name = "document")
    private List<String> documentsHandedOver = new ArrayList<>();

    @Embedded
    private ParcelTracking tracking;

    /** Labels replaced by reshipments, oldest first: the current one is {@link #label}. */
    @ElementCollection
    @CollectionTable(name = "shipment_earlier_label", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<EarlierLabel> earlierLabels = new ArrayList<>();

    private Instant cancelledAt;
    private String cancelReason;

    protected Shipment() {
    }

    public Shipment(OrderToShip order) {
        this.orderId = order.orderId();
        this.status = ShipmentStatus.RECEIVED;
        this.customerName = order.customerName();
        this.address = order.address();
        this.shippingMethod = order.method();
        this.wishes = order.wishes();
    }

    public void allocate(List<ShipmentItem> allocated) {
        items.clear();
        items.addAll(allocated);
        status = ShipmentStatus.ALLOCATED;
    }

    /** The packing slip is written afterwards, from the packed shipment: see {@link ShippingDocuments}. */
    public void pack(String invoiceNumber, String packageId, PackingPlan plan, Instant at) {
        this.invoiceNumber = invoiceNumber;
        this.parcel = new PackedParcel(packageId, plan, at);
        this.materials.clear();
        this.materials.addAll(plan.materials());
    }

    public void enclosePackingSlip(ShippingDocument slip) {
        parcel.enclose(slip);
    }

    /** The label document is printed afterwards, from the labelled shipment: see {@link ShippingDocuments}. */
    public void label(String carrier, String trackingNumber, Instant at) {
        this.label = new ShippingLabel(carrier, trackingNumber, at);
        this.status = ShipmentStatus.LABELLED;
    }

    public void printLabel(ShippingDocument document) {
        label.print(document);
    }

    /** A label bought from the carrier platform: its document is the PDF the platform sold, not printed here. */
    public void labelBought(RateChoice choice, BoughtLabel bought, Instant at) {
        this.label = ShippingLabel.bought(choice, bought, at);
        this.status = ShipmentStatus.LABELLED;
    }

    /** pickup: the one the carrier platform booked for the plan's time; null with the carrier contracts. */
    public void arrangeTransport(TransportPlan plan, PickupBooking pickup, Instant at) {
        this.transport = pickup == null ? new TransportBooking(plan, at) : new TransportBooking(plan, pickup, at);
        this.tracking = ParcelTracking.promising(plan.expectedDeliveryDate());
        this.status = ShipmentStatus.TRANSPORT_ARRANGED;
    }

    /** Approved: the parcel waits for the driver, on a scan form now or once the day's manifest closes. */
    public void awaitCarrier() {
        this.status = ShipmentStatus.AWAITING_CARRIER;
    }

    /** The carrier takes the parcel with its label, the invoice, the packing slip (and the scan form it is on). */
    public void handOver(Instant at) {
        this.documentsHandedOver.clear();
        this.documentsHandedOver.addAll(List.of("label " + label.getTrackingNumber(), "invoice " + invoiceNumber,
                "packing slip " + parcel.getPackageId()));
        if (getManifestId() != null) {
            this.documentsHandedOver.add("scan form " + getManifestId());
        }
        this.shippedAt = at;
        this.status = ShipmentStatus.SHIPPED;
    }

    /** The platform was asked for the money of the unused label; the label is void either way. */
    public void labelRefunded(LabelRefund refund) {
        label.refunded(refund);
    }

    /** The label is voided with the shipment, so that the carrier never picks it up. */
    public void cancel(String reason, Instant at) {
        this.status = ShipmentStatus.CANCELLED;
        this.labelVoid = label != null;
        this.cancelReason = reason;
        this.cancelledAt = at;
    }

    public void track(TrackingStatus status, Instant occurredAt, LocalDate newExpectedDeliveryDate,
            DeliveryState state) {
        this.tracking = getTracking().updated(status, occurredAt, newExpectedDeliveryDate, state);
        if (status == TrackingStatus.DELIVERED && this.status == ShipmentStatus.SHIPPED) {
            this.status = ShipmentStatus.DELIVERED;
        }
        if (status == TrackingStatus.RETURNED_TO_SENDER && this.status == ShipmentStatus.SHIPPED) {
            this.status = ShipmentStatus.RETURNED;
        }
    }

    /**
     * Sends the order again after a failed delivery: the current label and parcel become history, and the
     * shipment starts over from its items (to be packed and labelled anew), for the same recipient.
     */
    public void startReshipment(List<ShipmentItem> itemsToSend, String reason, Instant at) {
        earlierLabels.add(EarlierLabel.of(this, reason, at));
        items.clear();
        items.addAll(itemsToSend);
        parcel = null;
        materials.clear();
        label = null;
        labelVoid = false;
        transport = null;
        shippedAt = null;
        documentsHandedOver.clear();
        tracking = null;
        status = ShipmentStatus.ALLOCATED;
    }

    public boolean isCancelled() {
        return status == ShipmentStatus.CANCELLED;
    }

    public List<ShipmentLine> lines() {
        return items.stream().map(item -> new ShipmentLine(item.getSku(), item.getQuantity())).toList();
    }

    public String getOrderId() {
        return orderId;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public Address getAddress() {
        return address;
    }

    public ShippingMethod getShippingMethod() {
        return shippingMethod;
    }

    public PackingWishes getWishes() {
        return wishes;
    }

    public List<ShipmentItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public PackedParcel getParcel() {
        return parcel;
    }

    public List<PackingMaterial> getMaterials() {
        return Collections.unmodifiableList(materials);
    }

    public ShippingLabel getLabel() {
        return label;
    }

    /** The current label's carrier; null before the shipment is labelled. */
    public String getCarrier() {
        return label == null ? null : label.getCarrier();
    }

    /** The current label's tracking number; null before the shipment is labelled. */
    public String getTrackingNumber() {
        return label == null ? null : label.getTrackingNumber();
    }

    public boolean isLabelVoid() {
        return labelVoid;
    }

    public TransportBooking getTransport() {
        return transport;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public List<String> getDocumentsHandedOver() {
        return Collections.unmodifiableList(documentsHandedOver);
    }

    public ParcelTracking getTracking() {
        return tracking == null ? ParcelTracking.NOT_YET : tracking;
    }

    public List<EarlierLabel> getEarlierLabels() {
        return Collections.unmodifiableList(earlierLabels);
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getManifestId() {
        return transport == null ? null : transport.getManifestId();
    }

    /** Whether pickup, manifest and refund are the carrier platform's: it sold the current label. */
    public boolean hasPlatformLabel() {
        return label != null && label.isFromCarrierPlatform();
    }
}
