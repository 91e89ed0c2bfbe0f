package com.example.fulfillment.shipping.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

/** Picks the adapter for a carrier's webhook: a platform adapter that claims it, else our plain format. */
@ApplicationScoped
public class CarrierWebhookAdapters {

    private final Instance<CarrierWebhookAdapter> adapters;
    private final PlainWebhookAdapter plain;

    CarrierWebhookAdapters(@Any Instance<CarrierWebhookAdapter> adapters, PlainWebhookAdapter plain) {
        this.adapters = adapters;
        this.plain = plain;
    }

    public CarrierWebhookAdapter forCarrier(String carrier) {
        return adapters.stream()
                .filter(adapter -> adapter.handles(carrier))
                .findFirst()
                .orElse(plain);
    }
}
