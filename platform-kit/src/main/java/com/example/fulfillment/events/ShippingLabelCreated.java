package com.example.fulfillment.events;

import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.Document;

/** Step 6: a label with the recipient address and a tracking number unique per carrier. */
public record ShippingLabelCreated(String orderId, String carrier, String trackingNumber, Address recipient,
        Document label) implements SagaEvent {
}
