package com.example.fulfillment.shipping.domain;

/**
 * When approved parcels from the carrier platform go on a scan form (manifest), the one paper the driver scans
 * instead of every parcel.
 */
public enum ManifestClosing {
    /** Each parcel on a scan form of its own as soon as the Shipment Details gate approves it: no one waits. */
    ON_APPROVAL,
    /**
     * Approved parcels wait for the warehouse to close the day's manifest: one scan form for all of them, at the
     * configured time of day or when the warehouse closes it by hand (POST /manifests).
     */
    DAILY
}
