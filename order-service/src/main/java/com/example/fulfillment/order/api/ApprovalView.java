package com.example.fulfillment.order.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.order.domain.ApprovalGate;
import com.example.fulfillment.order.domain.ApprovalStatus;
import com.example.fulfillment.order.domain.ApprovalTask;
import com.fasterxml.jackson.annotation.JsonRawValue;

public record ApprovalView(UUID id, ApprovalGate gate, String orderId,
        @Schema(description = "what the gate decides on, as JSON") @JsonRawValue String submitted,
        ApprovalStatus status, String decidedBy, String reason, Instant decidedAt, Instant createdAt) {

    static ApprovalView of(ApprovalTask task) {
        return new ApprovalView(task.getId(), task.getGate(), task.getOrderId(), task.getSubmitted(),
                task.getStatus(), task.getDecidedBy(), task.getReason(), task.getDecidedAt(), task.getCreatedAt());
    }
}
