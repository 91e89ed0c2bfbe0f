package com.example.fulfillment.shipping.api;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Says at start-up which platforms' webhooks will be refused for want of a secret: the service still starts
 * (it has more to do than take webhooks), but operators should not learn it from a carrier's failed retries.
 */
@ApplicationScoped
class WebhookSecretsCheck {

    private static final Logger LOG = Logger.getLogger(WebhookSecretsCheck.class);

    void onStart(@Observes StartupEvent start, WebhookSecrets secrets) {
        Map<String, Optional<String>> byProperty = new java.util.TreeMap<>(Map.of(
                "shipping.webhooks.easypost.secret", secrets.easypost().secret(),
                "shipping.webhooks.aftership.secret", secrets.aftership().secret(),
                "shipping.webhooks.shippo.token", secrets.shippo().token()));
        secrets.carriers().forEach((carrier, secret) ->
                byProperty.put("shipping.webhooks.carriers." + carrier + ".secret", secret.secret()));
        byProperty.forEach((property, value) -> {
            if (value.filter(secret -> !secret.isBlank()).isEmpty()) {
                LOG.warnf("%s is not set: every webhook of that platform is refused with 401", property);
            }
        });
    }
}
