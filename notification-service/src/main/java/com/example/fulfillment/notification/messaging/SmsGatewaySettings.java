package com.example.fulfillment.notification.messaging;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "sms.gateway")
public interface SmsGatewaySettings {

    /** Where messages are POSTed; the REST client reads it through quarkus.rest-client.sms-gateway.url. */
    String url();

    /** Sent as a bearer token; the gateway refuses messages without it. */
    String apiKey();

    /** The sender name or number the customer sees. */
    String from();
}
