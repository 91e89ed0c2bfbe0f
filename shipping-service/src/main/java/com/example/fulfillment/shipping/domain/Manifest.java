package com.example.fulfillment.shipping.domain;

import java.util.List;

/**
 * The scan form the driver scans once instead of every parcel: which tracking codes it holds and its document,
 * a PDF, printed and handed over with the parcels.
 */
public record Manifest(String manifestId, List<String> trackingCodes, byte[] pdf) {
}
