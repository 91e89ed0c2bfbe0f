package com.example.fulfillment.order.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which approvals need a person. A policy only ever approves: refusing an order is left to people,
 * so an automatic answer is either an approval with the rule's name as reason, or none (a person decides).
 */
public final class ApprovalPolicy {

    public static final String AUTOMATIC_DECIDER = "policy:automatic";

    private final Map<ApprovalGate, PolicyMode> modes;
    private final int maxAutomaticQuantity;

    public ApprovalPolicy(PolicyMode orderVerification, PolicyMode shipmentDetails, PolicyMode trackingConfirmation,
            int maxAutomaticQuantity) {
        this.modes = new EnumMap<>(Map.of(ApprovalGate.ORDER_VERIFICATION, orderVerification,
                ApprovalGate.SHIPMENT_DETAILS, shipmentDetails, ApprovalGate.TRACKING_CONFIRMATION,
                trackingConfirmation));
        this.maxAutomaticQuantity = maxAutomaticQuantity;
    }

    public static ApprovalPolicy of(ApprovalsConfig config) {
        return new ApprovalPolicy(config.orderVerification().policy(), config.shipmentDetails().policy(),
                config.trackingConfirmation().policy(), config.orderVerification().maxAutomaticQuantity());
    }

    /** @return the reason of an automatic approval, or empty when a person must decide */
    public Optional<String> automaticApproval(ApprovalGate gate, ApprovalFacts facts) {
        return switch (modes.get(gate)) {
            case AUTOMATIC -> Optional.of("policy AUTOMATIC: every " + gate + " is approved automatically");
            case MANUAL -> Optional.empty();
            case RULE -> byRule(gate, facts);
        };
    }

    private Optional<String> byRule(ApprovalGate gate, ApprovalFacts facts) {
        return switch (gate) {
            case ORDER_VERIFICATION -> facts.totalQuantity() <= maxAutomaticQuantity
                    ? Optional.of("rule max-automatic-quantity: " + facts.totalQuantity() + " item(s), at most "
                            + maxAutomaticQuantity + " are approved automatically")
                    : Optional.empty();
            case SHIPMENT_DETAILS -> facts.shippingMethod() == ShippingMethod.STANDARD
                    || facts.shippingMethod() == ShippingMethod.EXPRESS
                            ? Optional.of("rule shipping-method: " + facts.shippingMethod()
                                    + " shipments are approved automatically")
                            : Optional.empty();
            case TRACKING_CONFIRMATION -> facts.deliveryState() == DeliveryState.ON_TIME
                    || facts.deliveryState() == DeliveryState.RESOLVED
                            ? Optional.of("rule delivery-state: " + facts.deliveryState()
                                    + " updates are confirmed automatically")
                            : Optional.empty();
        };
    }
}
