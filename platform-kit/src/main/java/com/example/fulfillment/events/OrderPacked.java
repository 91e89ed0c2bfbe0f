package com.example.fulfillment.events;

import java.util.List;

import com.example.fulfillment.events.model.Document;

/** Step 5: the package is packed with these materials; the packing slip travels with it. */
public record OrderPacked(String orderId, String packageId, String boxSize, int weightGrams, List<String> materials,
        Document packingSlip) implements SagaEvent {
}
