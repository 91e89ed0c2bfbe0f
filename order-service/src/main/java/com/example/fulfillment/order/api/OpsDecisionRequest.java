package com.example.fulfillment.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Ops' decision after a failed delivery or a delivery issue: who decided is always kept, why is optional. */
public record OpsDecisionRequest(@NotBlank @Size(max = 200) String decidedBy, @Size(max = 2000) String reason) {
}
