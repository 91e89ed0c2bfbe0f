package com.example.fulfillment.shipping.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.shipping.domain.Address;
import com.example.fulfillment.shipping.domain.BoxSize;
import com.example.fulfillment.shipping.domain.DeliveryState;
import com.example.fulfillment.shipping.domain.LabelRefund;
import com.example.fulfillment.shipping.domain.PackedParcel;
import com.example.fulfillment.shipping.domain.PackingMaterial;
import com.example.fulfillment.shipping.domain.ParcelTracking;
import com.example.fulfillment.shipping.domain.Shipment;
import com.example.fulfillment.shipping.domain.ShipmentItem;
import com.example.fulfillment.shipping.domain.ShipmentStatus;
import com.example.fulfillment.shipping.domain.ShippingLabel;
import com.example.fulfillment.shipping.domain.ShippingMethod;
import com.example.fulfillment.shipping.domain.TrackingStatus;
import com.example.fulfillment.shipping.domain.TransportBooking;

@Schema(description = "A shipment: what is packed, its label, its transport and where it stands")
public record ShipmentView(String orderId, ShipmentStatus status, ShippingMethod shippingMethod, Address recipient,
        List<Item> items, Package packed, Label label, Transport transport, Handover handover, Tracking tracking,
        @Schema(description = "labels replaced by reshipments, oldest first; label is the current one")
        List<EarlierLabel> earlierLabels,
        Cancellation cancellation) {

    public record Item(String sku, String name, int quantity, int weightGrams, boolean fragile) {
    }

    public record Package(String packageId, BoxSize boxSize, int weightGrams, List<PackingMaterial> materials,
            String invoiceNumber, String giftMessage,
            @Schema(description = "the slip's text; packingSlipPdf is where the printed slip is") String packingSlip,
            Instant packedAt, String packingSlipPdf) {
    }

    public record Label(String carrier, String trackingNumber, boolean voided, String document, Instant createdAt,
            @Schema(description = "set when the label was bought from the carrier platform")
            PlatformLabel platform) {
    }

    @Schema(description = "what the carrier platform sold: its shipment and tracker, the service, why that rate,"
            + " the label's files and the refund asked for an unused label")
    public record PlatformLabel(String shipmentId, String trackerId, String service, String rateReason,
            String pdf, String zpl, LabelRefund.State refund) {
    }

    /** What an earlier parcel held. */
    public record OrderLine(String sku, int quantity) {
    }

    public record EarlierLabel(String carrier, String trackingNumber, String packageId, String document,
            Instant createdAt, Instant shippedAt, List<OrderLine> items, TrackingStatus trackingStatus,
            Instant replacedAt, String replaceReason) {
    }

    public record Transport(String carrierService, Instant pickupAt, LocalDate promisedDeliveryDate,
            Instant arrangedAt, String pickupId, String pickupConfirmation) {
    }

    @Schema(description = "the handover: the scan form the parcel is on, and when the carrier took it (its first"
            + " scan, with the carrier platform; the approval, with the carrier contracts)")
    public record Handover(Instant shippedAt, List<String> documentsHandedOver, String scanForm) {
    }

    public record Tracking(TrackingStatus status, DeliveryState deliveryState, LocalDate expectedDeliveryDate,
            Instant lastUpdateAt) {
    }

    public record Cancellation(Instant cancelledAt, String reason) {
    }

    static ShipmentView of(Shipment s) {
        PackedParcel parcel = s.getParcel();
        ShippingLabel label = s.getLabel();
        TransportBooking transport = s.getTransport();
        ParcelTracking tracking = s.getTracking();
        return new ShipmentView(s.getOrderId(), s.getStatus(), s.getShippingMethod(), s.getAddress(),
                s.getItems().stream().map(ShipmentView::item).toList(),
                parcel == null ? null
                        : new Package(parcel.getPackageId(), parcel.getBoxSize(), parcel.getWeightGrams(),
                                List.copyOf(s.getMaterials()), s.getInvoiceNumber(), s.getWishes().giftMessage(),
                                parcel.getPackingSlip(), parcel.getPackedAt(), parcel.getPackingSlipPdf() == null
                                        ? null : "/shipments/" + s.getOrderId() + "/packing-slip.pdf"),
                label == null ? null
                        : new Label(label.getCarrier(), label.getTrackingNumber(), s.isLabelVoid(),
                                label.getDocument(), label.getLabelledAt(), platformLabel(s.getOrderId(), label)),
                transport == null ? null
                        : new Transport(transport.getCarrierService(), transport.getPickupAt(),
                                tracking.promisedDeliveryDate(), transport.getArrangedAt(), transport.getPickupId(),
                                transport.getPickupConfirmation()),
                s.getShippedAt() == null && s.getManifestId() == null ? null
                        : new Handover(s.getShippedAt(), List.copyOf(s.getDocumentsHandedOver()),
                                s.getManifestId()),
                new Tracking(tracking.status(), tracking.deliveryState(), tracking.expectedDeliveryDate(),
                        tracking.lastTrackingAt()),
                s.getEarlierLabels().stream().map(ShipmentView::earlierLabel).toList(),
                s.getCancelledAt() == null ? null : new Cancellation(s.getCancelledAt(), s.getCancelReason()));
    }

    private static EarlierLabel earlierLabel(com.example.fulfillment.shipping.domain.EarlierLabel earlier) {
        return new EarlierLabel(earlier.getCarrier(), earlier.getTrackingNumber(), earlier.getPackageId(),
                earlier.getLabel(), earlier.getLabelledAt(), earlier.getShippedAt(),
                earlier.lines().stream().map(line -> new OrderLine(line.sku(), line.quantity())).toList(),
                earlier.getTrackingStatus(), earlier.getReplacedAt(), earlier.getReplaceReason());
    }

    private static PlatformLabel platformLabel(String orderId, ShippingLabel label) {
        if (!label.isFromCarrierPlatform()) {
            return null;
        }
        String files = "/shipments/" + orderId + "/label";
        return new PlatformLabel(label.getPlatformShipmentId(), label.getTrackerId(), label.getService(),
                label.getRateReason(), files + ".pdf", label.getLabelZpl() == null ? null : files + ".zpl",
                label.getRefundState());
    }

    private static Item item(ShipmentItem item) {
        return new Item(item.getSku(), item.getName(), item.getQuantity(), item.getWeightGrams(), item.isFragile());
    }
}
