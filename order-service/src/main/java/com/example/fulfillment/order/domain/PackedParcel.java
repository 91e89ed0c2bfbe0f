package com.example.fulfillment.order.domain;

import java.util.List;

/** The warehouse packed the order: the package, its box and materials, and the packing slip that travels with it. */
public record PackedParcel(String orderId, String packageId, String boxSize, int weightGrams, List<String> materials,
        Paper packingSlip) {
}
