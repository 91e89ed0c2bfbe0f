package com.example.fulfillment.shipping.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The saga's shipping steps as the carrier platform does them: a label bought at the rate the method's rule picks
 * (step 6), the pickup booked (step 8), the scan form the driver takes the parcel on (step 9), the money of an
 * unused label asked back (cancellation). Every call may refuse as {@link CarrierPlatform} says.
 */
@ApplicationScoped
public class CarrierPlatformShipping {

    /** How long the driver may take after the booked time: carriers book pickups in windows of a few hours. */
    static final Duration PICKUP_WINDOW = Duration.ofHours(4);

    private static final Logger LOG = Logger.getLogger(CarrierPlatformShipping.class);

    private final CarrierPlatform platform;
    private final ShippingConfig config;

    CarrierPlatformShipping(CarrierPlatform platform, ShippingConfig config) {
        this.platform = platform;
        this.config = config;
    }

    public boolean buysLabels() {
        return config.labelsFrom() == LabelSource.CARRIER_PLATFORM;
    }

    /** Quotes the packed parcel with every carrier, takes the offer the rule wants and buys its label. */
    public void buyLabel(Shipment shipment, Instant at) {
        ParcelToShip parcel = ParcelToShip.of(shipment.getOrderId(), config.warehouse().address(),
                shipment.getAddress(), shipment.getParcel());
        RateChoice choice = platform.choose(platform.quote(parcel), shipment.getShippingMethod());
        BoughtLabel bought = platform.buy(choice.offer(), EnumSet.of(LabelFormat.PDF, LabelFormat.ZPL));
        shipment.labelBought(choice, bought, at);
    }

    /** The label as the platform sold it: the bytes that go to the printer, the customer's dossier and ops. */
    public ShippingDocument labelDocument(Shipment shipment) {
        ShippingLabel label = shipment.getLabel();
        return ShippingDocument.pdf("SHIPPING_LABEL", "Shipping label " + label.getTrackingNumber(),
                label.getDocument(), label.getLabelPdf());
    }

    /** Books the label's carrier to collect the parcel at the planned time; the plan names the label's service. */
    public void bookPickup(Shipment shipment, TransportPlan planned, Instant at) {
        ShippingLabel label = shipment.getLabel();
        TransportPlan plan = new TransportPlan(label.getCarrier(), label.getService(), planned.pickupAt(),
                planned.expectedDeliveryDate());
        PickupBooking pickup = platform.bookPickup(new PickupRequest(label.getPlatformShipmentId(),
                config.warehouse().address(), plan.pickupAt(), plan.pickupAt().plus(PICKUP_WINDOW),
                config.warehouse().pickupInstructions()));
        shipment.arrangeTransport(plan, pickup, at);
    }

    /**
     * The approved parcel goes on a scan form, which the driver scans once instead of every parcel on it: one of
     * its own now, or the day's manifest (see {@link ManifestClosing}). It is shipped when the carrier's first scan
     * says it has it (TrackingService), not now.
     */
    public void approveHandover(Shipment shipment) {
        shipment.awaitCarrier();
        if (config.handover().manifests() == ManifestClosing.ON_APPROVAL) {
            putOnOneScanForm(List.of(shipment));
        }
    }

    /** One scan form for all the parcels, e.g. the day's; they are on it from now on. */
    public Manifest putOnOneScanForm(List<Shipment> parcels) {
        Manifest manifest = platform.manifest(
                parcels.stream().map(shipment -> shipment.getLabel().getPlatformShipmentId()).toList());
        parcels.forEach(shipment -> shipment.getTransport().putOnScanForm(manifest.manifestId()));
        return manifest;
    }

    /**
     * Asks for the money of the label that will not be used; the platform decides later whether it pays. A refusal
     * (the carrier scanned the parcel already) is kept as REJECTED for ops: the cancellation itself goes on.
     */
    public void refundLabel(Shipment shipment) {
        String platformShipmentId = shipment.getLabel().getPlatformShipmentId();
        try {
            shipment.labelRefunded(platform.refund(platformShipmentId));
        } catch (CarrierPlatformRefused refused) {
            LOG.warnf("the carrier platform refused to refund the label of order %s: %s", shipment.getOrderId(),
                    refused.getMessage());
            shipment.labelRefunded(new LabelRefund(platformShipmentId, LabelRefund.State.REJECTED));
        }
    }
}
