package com.example.fulfillment.notification.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.example.fulfillment.failure.TransientFailures;
import com.example.fulfillment.notification.domain.ChannelTransport;
import com.example.fulfillment.notification.domain.ChannelUnavailableException;
import com.example.fulfillment.notification.domain.Notification;
import com.example.fulfillment.notification.domain.NotificationChannel;

/**
 * SMS through the HTTP gateway: anything but a 2xx answer is a failed attempt. A gateway that cannot be reached, or
 * answers 429, 502, 503 or 504 (overloaded, or a proxy in front of it cannot reach it), is away rather than refusing
 * the message.
 */
@ApplicationScoped
public class SmsTransport implements ChannelTransport {

    private static final Set<Integer> GATEWAY_AWAY = Set.of(429, 502, 503, 504);

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
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                throw new ChannelUnavailableException("SMS gateway away: " + EmailTransport.innermost(e), e);
            }
            throw e;
        }
        if (GATEWAY_AWAY.contains(status)) {
            throw new ChannelUnavailableException("SMS gateway answered HTTP " + status, null);
        }
        if (status < 200 || status >= 300) {
            throw new IllegalStateException("SMS gateway answered HTTP " + status);
        }
    }
}
