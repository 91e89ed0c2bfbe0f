package com.example.fulfillment.order.domain;

import java.time.Instant;

/** Who decided an approval task, when and why: {@link ApprovalPolicy#AUTOMATIC_DECIDER} for the policy. */
public record ApprovalDecision(String approvalId, String decidedBy, String reason, Instant decidedAt) {
}
