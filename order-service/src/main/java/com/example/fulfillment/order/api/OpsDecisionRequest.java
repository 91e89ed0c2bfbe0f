package com.example.fulfillment.order.api;

import jakarta.validation.constraints.Size;

/** Ops' decision after a failed delivery or a delivery issue: who decided is the caller's token, why is optional. */
public record OpsDecisionRequest(@Size(max = 2000) String reason) {
}
