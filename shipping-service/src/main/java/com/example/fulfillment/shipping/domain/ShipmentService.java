package com.example.fulfillment.shipping.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.domain.NotPossible;
import com.example.fulfillment.shipping.persistence.ShipmentRepository;

/**
 * The shipping steps of the saga. Every step is safe against a business duplicate (a second event meaning
 * the same thing): it sees the step already done and changes nothing.
 */
@ApplicationScoped
public class ShipmentService {

    private static final Logger LOG = Logger.getLogger(ShipmentService.class);

    private final ShipmentRepository shipments;
    private final PackingPolicy packingPolicy;
    private final TransportPlanner transportPlanner;
    private final ShippingDocuments documents;
    private final ShippingConfig config;
    private final ShippingEventPublisher events;
    private final CarrierPlatformShipping platform;
    private final Clock clock;

    ShipmentService(ShipmentRepository shipments, PackingPolicy packingPolicy, TransportPlanner transportPlanner,
            ShippingDocuments documents, ShippingConfig config, ShippingEventPublisher events,
            CarrierPlatformShipping platform, Clock clock) {
        this.shipments = shipments;
        this.platform = platform;
        this.packingPolicy = packingPolicy;
        this.transportPlanner = transportPlanner;
        this.documents = documents;
        this.config = config;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void receive(OrderToShip order) {
        if (shipments.findByIdOptional(order.orderId()).isPresent()) {
            LOG.infof("order %s is already known; OrderReceived ignored", order.orderId());
            return;
        }
        if (order.address() == null || order.method() == null) {
            throw new NotPossible("order " + order.orderId() + " has no shipping address or method");
        }
        shipments.persist(new Shipment(order));
    }

    @Transactional
    public void allocate(String orderId, List<ShipmentItem> items) {
        Shipment shipment = require(orderId);
        if (shipment.getStatus() != ShipmentStatus.RECEIVED) {
            LOG.infof("shipment %s is %s; StockAllocated ignored", orderId, shipment.getStatus());
            return;
        }
        if (items.isEmpty()) {
            throw new NotPossible("StockAllocated for order " + orderId + " has no items");
        }
        shipment.allocate(items);
    }

    /** Packs and labels in one go: a package without a label, or the reverse, is never seen by anyone. */
    @Transactional
    public void packAndLabel(String orderId, String invoiceNumber) {
        Shipment shipment = require(orderId);
        if (shipment.getStatus() != ShipmentStatus.ALLOCATED) {
            if (shipment.getStatus() == ShipmentStatus.RECEIVED) {
                throw new NotPossible("order " + orderId + " has an invoice but no allocated items");
            }
            LOG.infof("shipment %s is %s; InvoicePrepared ignored", orderId, shipment.getStatus());
            return;
        }
        packAndLabel(shipment, invoiceNumber);
    }

    private void packAndLabel(Shipment shipment, String invoiceNumber) {
        Instant now = Instant.now(clock);
        PackingWishes wishes = shipment.getWishes();
        PackingPlan plan = packingPolicy.plan(shipment.getItems(), wishes.specialPackaging(), wishes.giftWrap(),
                wishes.giftMessage());
        shipment.pack(invoiceNumber, UUID.randomUUID().toString(), plan, now);
        ShippingDocument packingSlip = documents.packingSlip(shipment);
        shipment.enclosePackingSlip(packingSlip);

        ShippingDocument label;
        if (platform.buysLabels()) {
            platform.buyLabel(shipment, now);
            label = platform.labelDocument(shipment);
        } else {
            String carrier = transportPlanner.carrierFor(shipment.getShippingMethod());
            shipment.label(carrier, trackingNumberFor(carrier), now);
            label = documents.label(shipment);
            shipment.printLabel(label);
        }

        events.orderPacked(shipment, packingSlip);
        events.shippingLabelCreated(shipment, label);
    }

    /**
     * After a failed delivery (or an issue the customer reported), the order goes out again to the same
     * recipient: a new package and a new label with a new tracking number; transport and handover then follow
     * the usual steps (ready for shipment, the Shipment Details gate). The earlier label stays in the history.
     * A second request while the reshipment is under way (not yet handed over, or handed over and neither failed
     * nor delivered yet, for the same reason) is a duplicate. A parcel that is merely late can be reshipped too:
     * carriers rarely report a lost parcel as such.
     */
    @Transactional
    public void reship(String orderId, List<ShipmentLine> lines, String requestedBy, String reason) {
        Shipment shipment = require(orderId);
        if (shipment.isCancelled() || !shipment.getStatus().handedOver()) {
            if (shipment.getEarlierLabels().isEmpty() && !shipment.isCancelled()) {
                throw new NotPossible(
                        "order " + orderId + " cannot be reshipped: it was never handed to a carrier");
            }
            LOG.infof("shipment %s is %s; ReshipmentRequested ignored", orderId, shipment.getStatus());
            return;
        }
        String why = (reason == null || reason.isBlank() ? "reshipment" : reason)
                + (requestedBy == null ? "" : " (requested by " + requestedBy + ")");
        if (isRepeatOfLastReshipment(shipment, why)) {
            LOG.infof("shipment %s was reshipped for '%s' already and that parcel has not failed;"
                    + " ReshipmentRequested ignored", orderId, why);
            return;
        }
        List<ShipmentItem> items = itemsToReship(shipment, lines);
        shipment.startReshipment(items, why, Instant.now(clock));
        packAndLabel(shipment, shipment.getInvoiceNumber());
    }

    /**
     * Whether a reshipment request for this reason is the one that made the current parcel: true while that parcel
     * has neither failed nor arrived, which is when a re-sent request would otherwise send a third parcel.
     */
    private static boolean isRepeatOfLastReshipment(Shipment shipment, String reason) {
        List<EarlierLabel> earlier = shipment.getEarlierLabels();
        if (earlier.isEmpty()) {
            return false;
        }
        ShipmentStatus status = shipment.getStatus();
        boolean currentParcelEnded = status == ShipmentStatus.DELIVERED || status == ShipmentStatus.RETURNED
                || shipment.getTracking().hasFailed();
        return !currentParcelEnded && reason.equals(earlier.get(earlier.size() - 1).getReplaceReason());
    }

    /** The requested lines, with what packing needs to know of each item from the first shipment. */
    private static List<ShipmentItem> itemsToReship(Shipment shipment, List<ShipmentLine> lines) {
        if (lines.isEmpty()) {
            return shipment.getItems().stream().map(ShipmentItem::copy).toList();
        }
        return lines.stream().map(line -> {
            ShipmentItem shipped = shipment.getItems().stream().filter(item -> item.getSku().equals(line.sku()))
                    .findFirst().orElseThrow(() -> new NotPossible("order " + shipment.getOrderId()
                            + " never shipped " + line.sku() + ": a reshipment sends only what was shipped"));
            if (line.quantity() < 1) {
                throw new NotPossible("reshipment of order " + shipment.getOrderId() + " asks for "
                        + line.quantity() + " x " + line.sku());
            }
            return shipped.withQuantity(line.quantity());
        }).toList();
    }

    @Transactional
    public void arrangeTransport(String orderId) {
        Shipment shipment = require(orderId);
        if (shipment.getStatus() != ShipmentStatus.LABELLED) {
            if (shipment.getStatus().ordinal() < ShipmentStatus.LABELLED.ordinal()) {
                throw new NotPossible(
                        "order " + orderId + " is ready for shipment but shipping has not labelled it yet");
            }
            LOG.infof("shipment %s is %s; transport not arranged again", orderId, shipment.getStatus());
            return;
        }
        TransportPlan plan = transportPlanner.plan(shipment.getShippingMethod());
        if (shipment.hasPlatformLabel()) {
            platform.bookPickup(shipment, plan, Instant.now(clock));
        } else {
            shipment.arrangeTransport(plan, null, Instant.now(clock));
        }
        events.transportArranged(shipment);
    }

    @Transactional
    public void handOver(String orderId) {
        Shipment shipment = require(orderId);
        if (shipment.getStatus() != ShipmentStatus.TRANSPORT_ARRANGED) {
            if (shipment.getStatus().ordinal() < ShipmentStatus.TRANSPORT_ARRANGED.ordinal()) {
                throw new NotPossible(
                        "shipment of order " + orderId + " was approved before its transport was arranged");
            }
            LOG.infof("shipment %s is %s; ShipmentApproved ignored", orderId, shipment.getStatus());
            return;
        }
        if (shipment.hasPlatformLabel()) {
            platform.approveHandover(shipment);
            return;
        }
        shipment.handOver(Instant.now(clock));
        events.shipped(shipment);
    }

    /** Before handover the shipment stops and its label is voided; after it, the parcel is the carrier's. */
    @Transactional
    public void cancel(String orderId, String reason) {
        Shipment shipment = require(orderId);
        if (shipment.getStatus().handedOver() || shipment.isCancelled()) {
            LOG.infof("shipment %s is %s; cancellation changes nothing here", orderId, shipment.getStatus());
            return;
        }
        if (shipment.hasPlatformLabel()) {
            // asked first: should the platform be down, the cancellation is retried rather than the money lost
            platform.refundLabel(shipment);
        }
        shipment.cancel(reason, Instant.now(clock));
        // the label (if any) is void now; order-service records that nothing will leave for this order
        events.shipmentCancelled(shipment);
    }

    @Transactional
    public Optional<Shipment> find(String orderId) {
        return shipments.findByIdOptional(orderId);
    }

    /**
     * Locked until the transaction ends, as the webhooks' TrackingService locks it: a carrier's update and a saga
     * event for the same shipment take turns instead of one overwriting what the other wrote.
     */
    private Shipment require(String orderId) {
        return shipments.findByIdOptional(orderId, LockModeType.PESSIMISTIC_WRITE).orElseThrow(
                () -> new NotFound("shipping never received order " + orderId));
    }

    private String trackingNumberFor(String carrier) {
        String prefix = config.trackingPrefixes().getOrDefault(carrier, carrier.toUpperCase());
        return TrackingNumbers.next(prefix);
    }
}
