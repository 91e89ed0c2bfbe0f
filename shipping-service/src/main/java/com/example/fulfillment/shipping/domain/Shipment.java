package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Everything shipping does for one order, from the address it got to the carrier's last word. */
@Entity
@Table(name = "shipment")
public class Shipment extends PanacheEntityBase {

    @Id
    public String orderId;

    @Enumerated(EnumType.STRING)
    public ShipmentStatus status;

    public String customerName;
    public String recipient;
    public String street;
    public String city;
    public String postalCode;
    public String region;
    public String country;

    @Enumerated(EnumType.STRING)
    public ShippingMethod shippingMethod;
    public boolean specialPackaging;
    public boolean giftWrap;
    /** Exactly as the customer typed it: it is printed on the message card. */
    public String giftMessage;

    @ElementCollection
    @CollectionTable(name = "shipment_item", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    public List<ShipmentItem> items = new ArrayList<>();

    public String invoiceNumber;

    public String packageId;
    @Enumerated(EnumType.STRING)
    public BoxSize boxSize;
    public Integer packageWeightGrams;
    @ElementCollection
    @CollectionTable(name = "shipment_material", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    @Column(name = "material")
    @Enumerated(EnumType.STRING)
    public List<PackingMaterial> materials = new ArrayList<>();
    public String packingSlip;
    public Instant packedAt;

    public String carrier;
    public String trackingNumber;
    public String label;
    public boolean labelVoid;
    public Instant labelledAt;

    public String carrierService;
    public Instant pickupAt;
    /** The date promised when transport was arranged; later estimates are measured against it. */
    public LocalDate promisedDeliveryDate;
    public LocalDate expectedDeliveryDate;
    public Instant transportArrangedAt;

    public Instant shippedAt;
    @ElementCollection
    @CollectionTable(name = "shipment_handover_document", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    @Column(name = "document")
    public List<String> documentsHandedOver = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public TrackingStatus trackingStatus;
    @Enumerated(EnumType.STRING)
    public DeliveryState deliveryState;
    public Instant lastTrackingAt;

    /** Labels replaced by reshipments, oldest first: the current one is in the fields above. */
    @ElementCollection
    @CollectionTable(name = "shipment_earlier_label", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    public List<EarlierLabel> earlierLabels = new ArrayList<>();

    public Instant cancelledAt;
    public String cancelReason;

    protected Shipment() {
    }

    public Shipment(String orderId, String customerName, Address address, ShippingMethod shippingMethod,
            PackingWishes wishes) {
        this.orderId = orderId;
        this.status = ShipmentStatus.RECEIVED;
        this.customerName = customerName;
        this.recipient = address.recipient();
        this.street = address.street();
        this.city = address.city();
        this.postalCode = address.postalCode();
        this.region = address.region();
        this.country = address.country();
        this.shippingMethod = shippingMethod;
        this.specialPackaging = wishes.specialPackaging();
        this.giftWrap = wishes.giftWrap();
        this.giftMessage = wishes.giftMessage();
    }

    public Address address() {
        return new Address(recipient, street, city, postalCode, region, country);
    }

    public boolean isCancelled() {
        return status == ShipmentStatus.CANCELLED;
    }

    public void allocate(List<ShipmentItem> allocated) {
        items.clear();
        items.addAll(allocated);
        status = ShipmentStatus.ALLOCATED;
    }

    /** The packing slip is written afterwards, from the packed shipment: see {@link ShippingDocuments}. */
    public void pack(String invoiceNumber, String packageId, PackingPlan plan, Instant at) {
        this.invoiceNumber = invoiceNumber;
        this.packageId = packageId;
        this.boxSize = plan.boxSize();
        this.packageWeightGrams = plan.weightGrams();
        this.materials.clear();
        this.materials.addAll(plan.materials());
        this.packedAt = at;
    }

    /** The label document is printed afterwards, from the labelled shipment: see {@link ShippingDocuments}. */
    public void label(String carrier, String trackingNumber, Instant at) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.labelledAt = at;
        this.status = ShipmentStatus.LABELLED;
    }

    public void arrangeTransport(TransportPlan plan, Instant at) {
        this.carrierService = plan.carrierService();
        this.pickupAt = plan.pickupAt();
        this.promisedDeliveryDate = plan.expectedDeliveryDate();
        this.expectedDeliveryDate = plan.expectedDeliveryDate();
        this.transportArrangedAt = at;
        this.status = ShipmentStatus.TRANSPORT_ARRANGED;
    }

    public void handOver(List<String> documents, Instant at) {
        this.documentsHandedOver.clear();
        this.documentsHandedOver.addAll(documents);
        this.shippedAt = at;
        this.status = ShipmentStatus.SHIPPED;
    }

    /** The label is voided with the shipment, so that the carrier never picks it up. */
    public void cancel(String reason, Instant at) {
        this.status = ShipmentStatus.CANCELLED;
        this.labelVoid = trackingNumber != null;
        this.cancelReason = reason;
        this.cancelledAt = at;
    }

    public void track(TrackingStatus status, Instant occurredAt, LocalDate newExpectedDeliveryDate,
            DeliveryState state) {
        this.trackingStatus = status;
        this.lastTrackingAt = occurredAt;
        if (newExpectedDeliveryDate != null) {
            this.expectedDeliveryDate = newExpectedDeliveryDate;
        }
        this.deliveryState = state;
        if (status == TrackingStatus.DELIVERED && this.status == ShipmentStatus.SHIPPED) {
            this.status = ShipmentStatus.DELIVERED;
        }
        if (status == TrackingStatus.RETURNED_TO_SENDER && this.status == ShipmentStatus.SHIPPED) {
            this.status = ShipmentStatus.RETURNED;
        }
    }

    public List<ShipmentLine> lines() {
        return items.stream().map(item -> new ShipmentLine(item.sku, item.quantity))
                .toList();
    }

    /**
     * Sends the order again after a failed delivery: the current label and parcel become history, and the
     * shipment starts over from its items (to be packed and labelled anew), for the same recipient.
     */
    public void startReshipment(List<ShipmentItem> itemsToSend, String reason, Instant at) {
        earlierLabels.add(EarlierLabel.of(this, reason, at));
        items.clear();
        items.addAll(itemsToSend);
        packageId = null;
        boxSize = null;
        packageWeightGrams = null;
        materials.clear();
        packingSlip = null;
        packedAt = null;
        carrier = null;
        trackingNumber = null;
        label = null;
        labelVoid = false;
        labelledAt = null;
        carrierService = null;
        pickupAt = null;
        promisedDeliveryDate = null;
        expectedDeliveryDate = null;
        transportArrangedAt = null;
        shippedAt = null;
        documentsHandedOver.clear();
        trackingStatus = null;
        deliveryState = null;
        lastTrackingAt = null;
        status = ShipmentStatus.ALLOCATED;
    }

    /**
     * Whether a reshipment request for this reason is the one that made the current parcel: true while that parcel
     * has neither failed nor arrived, which is when a re-sent request would otherwise send a third parcel.
     */
    public boolean isRepeatOfLastReshipment(String reason) {
        if (earlierLabels.isEmpty()) {
            return false;
        }
        boolean currentParcelEnded = status == ShipmentStatus.DELIVERED || status == ShipmentStatus.RETURNED
                || trackingStatus == TrackingStatus.DELIVERY_FAILED
                || trackingStatus == TrackingStatus.ATTEMPT_FAILED
                || trackingStatus == TrackingStatus.RETURNED_TO_SENDER;
        return !currentParcelEnded && reason.equals(earlierLabels.get(earlierLabels.size() - 1).replaceReason);
    }

    public Optional<EarlierLabel> earlierLabel(String trackingNumber) {
        return earlierLabels.stream().filter(earlier -> earlier.trackingNumber.equals(trackingNumber)).findFirst();
    }
}
