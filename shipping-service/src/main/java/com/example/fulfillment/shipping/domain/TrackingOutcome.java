package com.example.fulfillment.shipping.domain;

/** What became of one carrier update. */
public enum TrackingOutcome {
    /** Moved the shipment forward and was published. */
    APPLIED,
    /** Kept, but behind or older than what the shipment already knows. */
    RECORDED,
    /** Seen before; acknowledged, nothing changed. */
    DUPLICATE,
    /** No shipment has this tracking number; kept for ops. */
    UNMATCHED
}
