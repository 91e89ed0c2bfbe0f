package com.example.fulfillment.billing.domain;

public enum InvoiceStatus {
    /** Stock is allocated but some skus have no price yet: no number, no figures, until ops price them. */
    AWAITING_PRICES,
    /** Issued and owed. */
    PREPARED,
    /** Cancelled with its order; kept for the books, never deleted. */
    VOIDED,
    /** Credited in full by a credit note after the order was refunded; kept for the books. */
    REFUNDED
}
