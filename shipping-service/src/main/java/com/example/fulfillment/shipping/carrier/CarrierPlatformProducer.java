package com.example.fulfillment.shipping.carrier;

import java.security.NoSuchAlgorithmException;

import javax.net.ssl.SSLContext;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.example.fulfillment.shipping.domain.CarrierPlatform;
import com.example.fulfillment.shipping.domain.RateRules;


/**
 * The one CarrierPlatform of the service, made on first use (application scope is lazy), so that a service whose
 * labels come from the carrier contracts starts without the platform's API key.
 */
@ApplicationScoped
public class CarrierPlatformProducer {

    @Produces
    @ApplicationScoped
    CarrierPlatform carrierPlatform(CarrierPlatformConfig config) {
        String apiKey = config.apiKey().orElseThrow(() -> new IllegalStateException(
                "shipping.carrier-platform.api-key (SHIPPING_CARRIER_PLATFORM_API_KEY) is not set"));
        SSLContext tls = config.trustStore().map(path -> {
            SSLContext extended = CarrierPlatformTrust.context(path,
                    config.trustStorePassword().orElse("").toCharArray());
            CarrierPlatformTrust.installForHttpsUrlConnections(extended);
            return extended;
        }).orElseGet(CarrierPlatformProducer::jdkDefault);
        RateRules rules = new RateRules(config.rules().standardWithinDays(), config.rules().sameDayCarriers());
        return new EasyPostCarrierPlatform(config.url(), apiKey, config.connectTimeout(), config.readTimeout(),
                config.retryAfter(), rules, tls);
    }

    private static SSLContext jdkDefault() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no default TLS context", e);
        }
    }
}
