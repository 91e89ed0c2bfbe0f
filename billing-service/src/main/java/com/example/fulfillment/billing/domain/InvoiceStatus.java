package com.example.fulfillment.billing.domain;

public enum InvoiceStatus {
    /** Issued and owed. */
    PREPARED,
    /** Cancelled with its order; kept for the books, never deleted. */
    VOIDED
}
