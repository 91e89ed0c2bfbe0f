package com.example.fulfillment.notification.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import com.example.fulfillment.notification.domain.ChannelAvailability;
import com.example.fulfillment.notification.domain.ChannelAvailability.Outage;
import com.example.fulfillment.notification.domain.NotificationChannel;
import com.example.fulfillment.notification.persistence.NotificationRepository;

/**
 * Readiness DOWN while messages wait on a channel that is away, naming the channel, since when and why: the same
 * signal the saga consumer gives while it waits out the database or the broker, so one probe tells an operator
 * that the service is degraded. It is UP again at the first message that gets through, or once no message waits.
 */
@Readiness
@ApplicationScoped
public class ChannelReadiness implements HealthCheck {

    private final ChannelAvailability availability;
    private final NotificationRepository notifications;

    ChannelReadiness(ChannelAvailability availability, NotificationRepository notifications) {
        this.availability = availability;
        this.notifications = notifications;
    }

    @Override
    @ActivateRequestContext
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("notification channels").up();
        for (Map.Entry<NotificationChannel, Outage> outage : availability.outages().entrySet()) {
            NotificationChannel channel = outage.getKey();
            long waiting = notifications.countPending(channel);
            if (waiting == 0) {
                availability.nothingWaitsOn(channel);
                continue;
            }
            String prefix = channel.name().toLowerCase();
            response.down()
                    .withData(prefix + ".awaySince", outage.getValue().since().toString())
                    .withData(prefix + ".lastError", outage.getValue().lastError())
                    .withData(prefix + ".failedAttempts", outage.getValue().failedAttempts())
                    .withData(prefix + ".waitingMessages", waiting);
        }
        return response.build();
    }
}
