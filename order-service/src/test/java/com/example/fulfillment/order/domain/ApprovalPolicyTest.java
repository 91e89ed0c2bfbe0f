package com.example.fulfillment.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

    private static final ApprovalPolicy RULES = new ApprovalPolicy(PolicyMode.RULE, PolicyMode.RULE, PolicyMode.RULE,
            10);

    @Test
    void automaticApprovesEveryGateAndSaysSo() {
        ApprovalPolicy automatic = new ApprovalPolicy(PolicyMode.AUTOMATIC, PolicyMode.AUTOMATIC,
                PolicyMode.AUTOMATIC, 0);
        for (ApprovalGate gate : ApprovalGate.values()) {
            Optional<String> reason = automatic.automaticApproval(gate,
                    new ApprovalFacts(500, ShippingMethod.SAME_DAY, DeliveryState.ISSUE));
            assertTrue(reason.orElseThrow().contains("AUTOMATIC"), gate.name());
        }
    }

    @Test
    void manualLeavesEveryGateToAPerson() {
        ApprovalPolicy manual = new ApprovalPolicy(PolicyMode.MANUAL, PolicyMode.MANUAL, PolicyMode.MANUAL, 100);
        for (ApprovalGate gate : ApprovalGate.values()) {
            assertEquals(Optional.empty(), manual.automaticApproval(gate,
                    new ApprovalFacts(1, ShippingMethod.STANDARD, DeliveryState.ON_TIME)), gate.name());
        }
    }

    @Test
    void orderVerificationRuleApprovesUpToTheQuantityLimit() {
        assertTrue(RULES.automaticApproval(ApprovalGate.ORDER_VERIFICATION, facts(10)).orElseThrow()
                .contains("max-automatic-quantity"));
        assertEquals(Optional.empty(), RULES.automaticApproval(ApprovalGate.ORDER_VERIFICATION, facts(11)));
    }

    @Test
    void shipmentDetailsRuleLeavesSameDayToAPerson() {
        assertTrue(RULES.automaticApproval(ApprovalGate.SHIPMENT_DETAILS, method(ShippingMethod.STANDARD)).isPresent());
        assertTrue(RULES.automaticApproval(ApprovalGate.SHIPMENT_DETAILS, method(ShippingMethod.EXPRESS)).isPresent());
        assertEquals(Optional.empty(), RULES.automaticApproval(ApprovalGate.SHIPMENT_DETAILS,
                method(ShippingMethod.SAME_DAY)));
    }

    @Test
    void trackingConfirmationRuleLeavesDelaysAndIssuesToAPerson() {
        assertTrue(RULES.automaticApproval(ApprovalGate.TRACKING_CONFIRMATION, state(DeliveryState.ON_TIME))
                .orElseThrow().contains("ON_TIME"));
        assertTrue(RULES.automaticApproval(ApprovalGate.TRACKING_CONFIRMATION, state(DeliveryState.RESOLVED))
                .isPresent());
        assertEquals(Optional.empty(), RULES.automaticApproval(ApprovalGate.TRACKING_CONFIRMATION,
                state(DeliveryState.DELAYED)));
        assertEquals(Optional.empty(), RULES.automaticApproval(ApprovalGate.TRACKING_CONFIRMATION,
                state(DeliveryState.ISSUE)));
    }

    private static ApprovalFacts facts(int quantity) {
        return new ApprovalFacts(quantity, ShippingMethod.STANDARD, null);
    }

    private static ApprovalFacts method(ShippingMethod method) {
        return new ApprovalFacts(1, method, null);
    }

    private static ApprovalFacts state(DeliveryState state) {
        return new ApprovalFacts(1, ShippingMethod.STANDARD, state);
    }
}
