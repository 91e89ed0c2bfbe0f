package com.example.fulfillment.order.domain;

public enum ApprovalStatus {
    PENDING, APPROVED, REJECTED
}
