package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.example.fulfillment.notification.domain.ChannelTransport;
import com.example.fulfillment.notification.domain.Notification;
import com.example.fulfillment.notification.domain.NotificationChannel;

/** SMS through the HTTP gateway: anything but a 2xx answer is a failed attempt. */
@ApplicationScoped
public class SmsTransport implements ChannelTransport {

    private final SmsGatewayClient gateway;
    private final SmsGatewaySettings settings;

    SmsTransport(@RestClient SmsGatewayClient gateway, SmsGatewaySettings settings) {
        this.gateway = gateway;
        this.settings = settings;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public void send(Notification notification) {
        int status;
        try (Response response = gateway.send("Bearer " + settings.apiKey(),
                new SmsGatewayClient.SmsRequest(notification.getRecipient(), settings.from(), notification.text()))) {
            status = response.getStatus();
        } catch (WebApplicationException e) {
            status = e.getResponse().getStatus();
        }
        if (status < 200 || status >= 300) {
            throw new IllegalStateException("SMS gateway answered HTTP " + status);
        }
    }
}
