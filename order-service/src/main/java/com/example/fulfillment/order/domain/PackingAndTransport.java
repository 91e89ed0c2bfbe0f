package com.example.fulfillment.order.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.order.persistence.ApprovalTaskRepository;

/**
 * Steps 5 to 8 and gate A2: shipping packs and labels the parcel (in either order), which makes an invoiced order
 * ready for shipment, then books its transport, which opens the shipment details gate. A reshipment's parcel goes
 * through all of it again, and must not be taken for a repeat of the first parcel's facts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PackingAndTransport {

    private final SagaSteps steps;
    private final Dossier dossier;
    private final ApprovalTaskRepository tasks;
    private final ApprovalService approvals;

    PackingAndTransport(SagaSteps steps, Dossier dossier, ApprovalTaskRepository tasks, ApprovalService approvals) {
        this.steps = steps;
        this.dossier = dossier;
        this.tasks = tasks;
        this.approvals = approvals;
    }

    public void orderPacked(PackedParcel parcel, String cause) {
        Order order = steps.known(parcel.orderId());
        String detail = "package " + parcel.packageId() + ", box " + parcel.boxSize() + ", " + parcel.weightGrams()
                + " g, " + String.join(", ", parcel.materials() == null ? List.of() : parcel.materials());
        // a reshipment's package may carry the first package's id: the pass tells them apart
        if (steps.keptWhileCancelled(order, "order packed", cause, detail)
                || !steps.recordOnce(order, "order packed", cause, detail,
                        "OrderPacked:" + parcel.packageId() + order.shipmentPass())) {
            return;
        }
        order.markPacked();
        dossier.collectLatest(order.getId(), OrderDocument.PACKING_SLIP, parcel.packingSlip(), steps.now());
        steps.moveToReadyIfPackedAndLabelled(order);
    }

    public void shippingLabelCreated(ShippingLabel label, String cause) {
        Order order = steps.known(label.orderId());
        String detail = label.carrier() + ", tracking number " + label.trackingNumber();
        // every label has a tracking number of its own: a label seen before, in this pass or an earlier one (the
        // returned parcel's), is a repeat and must not relabel the parcel that travels now
        if (steps.keptWhileCancelled(order, "shipping label created", cause, detail) || !steps.recordOnce(order,
                "shipping label created", cause, detail, "ShippingLabelCreated:" + label.trackingNumber())) {
            return;
        }
        order.markLabelled(label.carrier(), label.trackingNumber());
        dossier.collectLatest(order.getId(), OrderDocument.LABEL, label.label(), steps.now());
        steps.moveToReadyIfPackedAndLabelled(order);
    }

    public void transportArranged(ArrangedTransport transport, String cause) {
        Order order = steps.known(transport.orderId());
        String detail = transport.carrier() + " " + transport.carrierService() + " (" + transport.shippingMethod()
                + "), pickup " + transport.pickupAt() + ", expected delivery " + transport.expectedDeliveryDate();
        String reference = "TransportArranged:" + transport.trackingNumber();
        if (steps.keptWhileCancelled(order, "transport arranged", cause, detail)
                || steps.alreadyAt(order, OrderStatus.SHIPMENT_APPROVED, cause)
                || tasks.findPending(order.getId(), ApprovalGate.SHIPMENT_DETAILS).isPresent()
                // a reshipment sends a new parcel with a new tracking number: the first parcel's transport is done
                || order.hasRecorded(reference)) {
            return;
        }
        order.shipWith(transport.carrier(), transport.trackingNumber(), transport.expectedDeliveryDate());
        steps.record(order, "transport arranged", cause, detail, reference);
        Map<String, Object> submitted = new LinkedHashMap<>();
        submitted.put("label", Map.of("carrier", String.valueOf(order.getParcel().getCarrier()), "trackingNumber",
                String.valueOf(order.getTrackingNumber())));
        submitted.put("status", order.getStatus());
        submitted.put("transport", transport);
        ShippingMethod method = transport.shippingMethod() != null ? transport.shippingMethod()
                : order.getCheckout().getShippingMethod();
        approvals.open(order, ApprovalGate.SHIPMENT_DETAILS, "", submitted, ApprovalFacts.of(order, method, null),
                cause);
    }
}
