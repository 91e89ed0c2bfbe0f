package com.example.fulfillment.order.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.example.fulfillment.domain.Conflict;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One approval at one gate of one order: what was submitted, and who decided it, when and why. */
@Entity
@Table(name = "approval_task")
public class ApprovalTask extends PanacheEntityBase {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalGate gate;

    @Column(nullable = false)
    private String orderId;

    @Column(nullable = false)
    private String subjectKey;

    /** JSON text of what the gate decides on. */
    @Column(nullable = false)
    private String submitted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalStatus status;

    private String decidedBy;
    private String reason;
    private Instant decidedAt;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ApprovalTask() {
    }

    public ApprovalTask(ApprovalGate gate, String orderId, String subjectKey, String submitted, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.gate = gate;
        this.orderId = orderId;
        this.subjectKey = subjectKey == null ? "" : subjectKey;
        this.submitted = submitted;
        this.status = ApprovalStatus.PENDING;
        this.createdAt = createdAt;
    }

    /** Decides the task once; a second decision is a conflict, whatever it says. */
    public ApprovalDecision decide(boolean approve, String decidedBy, String reason, Instant at) {
        if (status != ApprovalStatus.PENDING) {
            throw new Conflict("approval " + id + " was already " + status + " by " + this.decidedBy);
        }
        this.status = approve ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
        this.decidedBy = decidedBy;
        this.reason = reason;
        this.decidedAt = at;
        return new ApprovalDecision(id.toString(), decidedBy, reason, at);
    }

    public UUID getId() {
        return id;
    }

    public ApprovalGate getGate() {
        return gate;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getSubmitted() {
        return submitted;
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
