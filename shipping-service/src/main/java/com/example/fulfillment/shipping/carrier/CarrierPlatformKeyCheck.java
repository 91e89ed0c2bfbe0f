package com.example.fulfillment.shipping.carrier;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import com.example.fulfillment.edge.ProductionSecrets;
import com.example.fulfillment.shipping.domain.LabelSource;
import com.example.fulfillment.shipping.domain.ShippingConfig;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The carrier platform's API key is a secret only where labels are bought from the platform: fulfillment.secrets
 * .required cannot say so, so this refuses a prod start without it, as ProductionSecrets does for the others,
 * before the first order would find out at its label.
 */
@ApplicationScoped
public class CarrierPlatformKeyCheck {

    static final String API_KEY = "shipping.carrier-platform.api-key";

    void check(@Observes StartupEvent start, Config config, ShippingConfig shipping) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")
                || shipping.labelsFrom() != LabelSource.CARRIER_PLATFORM) {
            return;
        }
        List<String> problems = ProductionSecrets.problems(config, List.of(API_KEY));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start in the prod profile: " + String.join("; ", problems)
                    + " (SHIPPING_CARRIER_PLATFORM_API_KEY), and labels are bought from the carrier platform"
                    + " (fulfillment.shipping.labels-from=CARRIER_PLATFORM). Set the key, or SHIPPING_LABELS_FROM="
                    + "CARRIER_CONTRACTS to print labels from the carriers' number ranges.");
        }
    }
}
