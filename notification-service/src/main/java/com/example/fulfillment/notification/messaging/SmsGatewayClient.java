package com.example.fulfillment.notification.messaging;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The SMS gateway's one operation; its URL is sms.gateway.url (quarkus.rest-client.sms-gateway.url). */
@RegisterRestClient(configKey = "sms-gateway")
public interface SmsGatewayClient {

    record SmsRequest(String to, String from, String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response send(@HeaderParam("Authorization") String authorization, SmsRequest request);
}
