package com.example.fulfillment.order.api;

import jakarta.validation.constraints.Size;

/** Who approves is the caller's token; the request says only why, if anything. */
public record ApproveRequest(@Size(max = 2000) String reason) {
}
