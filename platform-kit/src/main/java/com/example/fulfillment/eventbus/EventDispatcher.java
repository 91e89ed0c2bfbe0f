package com.example.fulfillment.eventbus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import com.example.fulfillment.events.EventCatalog;
import com.example.fulfillment.events.SagaEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Routes each incoming saga event to the reactions that the service's {@link EventConsumer} subscribed to its type. Each handler runs in its own
 * transaction together with the idempotency record; a transient failure is retried with backoff, and
 * what still fails (or can never succeed) is thrown so that the channel dead-letters the record.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private final Map<String, List<RegisteredHandler>> handlersByType = new HashMap<>();
    private final EventCodec codec;
    private final ProcessedEvents processedEvents;
    private final EventBusConfig.Consumer retry;

    EventDispatcher(@Any Instance<EventConsumer> consumers, EventCodec codec, ProcessedEvents processedEvents,
            EventBusConfig config) {
        this.codec = codec;
        this.processedEvents = processedEvents;
        this.retry = config.consumer();
        for (Instance.Handle<EventConsumer> handle : consumers.handles()) {
            EventSubscriptions subscriptions = new EventSubscriptions(handle.getBean().getBeanClass().getName());
            handle.get().subscribe(subscriptions);
            for (EventSubscriptions.Subscription<?> subscription : subscriptions.all()) {
                register(new RegisteredHandler(subscription.name(), subscription.eventClass(), subscription::react));
            }
        }
    }

    private void register(RegisteredHandler handler) {
        handlersByType.computeIfAbsent(EventCatalog.typeOf(handler.eventClass()), type -> new ArrayList<>())
                .add(handler);
    }

    public void dispatch(EventEnvelope envelope) {
        List<RegisteredHandler> handlers = handlersByType.getOrDefault(envelope.type(), List.of());
        if (handlers.isEmpty()) {
            if (EventCatalog.classOf(envelope.type()).isEmpty()) {
                throw new UnprocessableEventException("unknown event type " + envelope.type());
            }
            return;
        }
        EventContext context = EventContext.of(envelope);
        for (RegisteredHandler handler : handlers) {
            SagaEvent event = codec.payload(envelope, handler.eventClass());
            withRetries(envelope, handler, () -> QuarkusTransaction.requiringNew().run(() -> {
                if (processedEvents.markProcessed(envelope.id(), handler.name())) {
                    handler.handle(event, context);
                } else {
                    LOG.debugf("%s already processed %s %s", handler.name(), envelope.type(), envelope.id());
                }
            }));
        }
    }

    private void withRetries(EventEnvelope envelope, RegisteredHandler handler, Runnable work) {
        long backoffMillis = retry.initialBackoff().toMillis();
        for (int attempt = 1;; attempt++) {
            try {
                work.run();
                return;
            } catch (UnprocessableEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= retry.maxAttempts()) {
                    throw e;
                }
                LOG.warnf("%s failed on %s %s of order %s (attempt %d of %d), retrying: %s", handler.name(),
                        envelope.type(), envelope.id(), envelope.subject(), attempt, retry.maxAttempts(), e);
                sleep(backoffMillis);
                backoffMillis *= 2;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    private record RegisteredHandler(String name, Class<? extends SagaEvent> eventClass,
            BiConsumer<SagaEvent, EventContext> reaction) {

        void handle(SagaEvent event, EventContext context) {
            reaction.accept(event, context);
        }
    }
}
