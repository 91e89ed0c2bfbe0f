package com.example.fulfillment.order.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rejection stops or cancels the order, so it always says why; who rejects is the caller's token. */
public record RejectRequest(@NotBlank @Size(max = 2000) String reason) {
}
