package com.example.fulfillment.eventbus;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import com.example.fulfillment.events.EventCatalog;
import com.example.fulfillment.events.SagaEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Routes each incoming saga event to the service's handlers for its type. Each handler runs in its own
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

    EventDispatcher(@Any Instance<EventHandler<?>> handlers, @Any Instance<EventConsumer> consumers, EventCodec codec,
            ProcessedEvents processedEvents, EventBusConfig config) {
        this.codec = codec;
        this.processedEvents = processedEvents;
        this.retry = config.consumer();
        for (Instance.Handle<EventHandler<?>> handle : handlers.handles()) {
            Class<?> beanClass = handle.getBean().getBeanClass();
            Class<? extends SagaEvent> eventClass = handledEventClass(beanClass);
            EventHandler<?> bean = handle.get();
            register(new RegisteredHandler(beanClass.getName(), eventClass, (event, context) -> legacy(bean, event,
                    context)));
        }
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

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static void legacy(EventHandler<?> bean, SagaEvent event, EventContext context) {
        ((EventHandler) bean).handle(event, context);
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

    @SuppressWarnings("unchecked")
    static Class<? extends SagaEvent> handledEventClass(Class<?> handlerClass) {
        for (Class<?> c = handlerClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type type : c.getGenericInterfaces()) {
                if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == EventHandler.class
                        && parameterized.getActualTypeArguments()[0] instanceof Class<?> eventClass) {
                    return (Class<? extends SagaEvent>) eventClass;
                }
            }
        }
        throw new IllegalStateException(handlerClass + " must implement EventHandler<SomeEvent> directly");
    }

    private record RegisteredHandler(String name, Class<? extends SagaEvent> eventClass,
            java.util.function.BiConsumer<SagaEvent, EventContext> reaction) {

        void handle(SagaEvent event, EventContext context) {
            reaction.accept(event, context);
        }
    }
}
