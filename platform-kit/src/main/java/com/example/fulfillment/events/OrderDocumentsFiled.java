package com.example.fulfillment.events;

import java.time.Instant;
import java.util.List;

/** Step 17: the order's dossier (order details, packing slip, invoice, label) is filed. */
public record OrderDocumentsFiled(String orderId, List<String> documents, Instant filedAt) implements SagaEvent {
}
