package com.example.fulfillment.order.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per gate, who decides: approvals.order-verification.policy=AUTOMATIC|MANUAL|RULE, and the rules' limits. */
@ConfigMapping(prefix = "approvals")
public interface ApprovalsConfig {

    OrderVerification orderVerification();

    Gate shipmentDetails();

    Gate trackingConfirmation();

    interface Gate {
        @WithDefault("AUTOMATIC")
        PolicyMode policy();
    }

    interface OrderVerification extends Gate {
        /** Under RULE, orders of up to this many items in total are approved automatically. */
        @WithDefault("10")
        int maxAutomaticQuantity();
    }
}
