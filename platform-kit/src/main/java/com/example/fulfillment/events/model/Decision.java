package com.example.fulfillment.events.model;

import java.time.Instant;

/** Who decided an approval, when and why: "policy:automatic" for a rule, otherwise the person's name. */
public record Decision(String approvalId, String decidedBy, String reason, Instant decidedAt) {
}
