package com.example.fulfillment.eventbus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.eventbus.parking.EventNotHandled;
import com.example.fulfillment.eventbus.parking.HeldBehindParkedEvent;
import com.example.fulfillment.eventbus.parking.OutageWait;
import com.example.fulfillment.events.EventCatalog;
import com.example.fulfillment.events.SagaEvent;
import com.example.fulfillment.failure.TransientFailures;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Routes each incoming saga event to the reactions that the service's {@link EventConsumer} subscribed to its type.
 * Each reaction runs in its own transaction together with the idempotency record, and its failures are classified
 * ({@link TransientFailures}):
 * <ul>
 * <li>a failure that passes by itself (the database or the broker is away) is waited out without limit
 * ({@link OutageWait}): the record is not given up, readiness reports DOWN meanwhile;</li>
 * <li>a refusal that can never pass ({@link UnprocessableEventException}) is given up at once;</li>
 * <li>any other failure, and a refusal named "not yet possible", is retried up to the configured attempts
 * ({@code fulfillment.events.consumer.max-attempts}) and then given up.</li>
 * </ul>
 * What is given up is thrown as {@link EventNotHandled}, naming the reaction and whether a later attempt can pass; the
 * caller parks it (see {@link com.example.fulfillment.eventbus.parking.EventParking}).
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private final Map<String, List<RegisteredHandler>> handlersByType = new HashMap<>();
    private final EventCodec codec;
    private final ProcessedEvents processedEvents;
    private final EventBusConfig.Consumer retry;
    private final OutageWait outages;
    private final EventMetrics metrics;

    EventDispatcher(@Any Instance<EventConsumer> consumers, EventCodec codec, ProcessedEvents processedEvents,
            EventBusConfig config, OutageWait outages, EventMetrics metrics) {
        this.codec = codec;
        this.processedEvents = processedEvents;
        this.retry = config.consumer();
        this.outages = outages;
        this.metrics = metrics;
        for (Instance.Handle<EventConsumer> handle : consumers.handles()) {
            EventSubscriptions subscriptions = new EventSubscriptions(handle.getBean().getBeanClass().getName());
            handle.get().subscribe(subscriptions);
            for (EventSubscriptions.Subscription<?> subscription : subscriptions.all()) {
                register(new RegisteredHandler(subscription.name(), subscription.eventClass(), subscription::react,
                        subscription::notYetPossible));
            }
        }
    }

    private void register(RegisteredHandler handler) {
        handlersByType.computeIfAbsent(EventCatalog.typeOf(handler.eventClass()), type -> new ArrayList<>())
                .add(handler);
    }

    /**
     * As the consumer delivers an event: outages are waited out, other failures retried a few times. The first
     * reaction's transaction asks heldBack first and throws {@link HeldBehindParkedEvent} if it says yes, having
     * changed nothing: the question costs a query, not a transaction of its own for every event delivered.
     */
    public void dispatch(EventEnvelope envelope, BooleanSupplier heldBack) {
        handle(envelope, true, heldBack);
    }

    /**
     * One attempt per reaction, as a re-drive or ops' retry of a parked event makes it: nothing is waited out, and a
     * failure met on the way is thrown at once (an outage as one that can pass later).
     */
    public void dispatchOnce(EventEnvelope envelope) {
        handle(envelope, false, () -> false);
    }

    /** The names of the reactions to this type of event, as the idempotency guard knows them. */
    public List<String> reactionsTo(String type) {
        return handlersByType.getOrDefault(type, List.of()).stream().map(RegisteredHandler::name).toList();
    }

    /** Whether handling this event here can change anything: a reaction wants it, or its type is unknown. */
    public boolean concerns(EventEnvelope envelope) {
        return !ignores(envelope.type());
    }

    /**
     * Whether an event of this type can be passed over unread: the type is one of the catalog's and no reaction here
     * wants it. An unknown type is never ignored: it is read, and refused as unknown ({@link #concerns}).
     */
    public boolean ignores(String type) {
        return !handlersByType.containsKey(type) && EventCatalog.classOf(type).isPresent();
    }

    /** Records the event as processed by every reaction, so that it never takes effect here (ops discarded it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markHandled(EventEnvelope envelope) {
        reactionsTo(envelope.type()).forEach(reaction -> processedEvents.markProcessed(envelope.id(), reaction));
    }

    private void handle(EventEnvelope envelope, boolean live, BooleanSupplier heldBack) {
        List<RegisteredHandler> handlers = handlersByType.getOrDefault(envelope.type(), List.of());
        if (handlers.isEmpty()) {
            if (EventCatalog.classOf(envelope.type()).isEmpty()) {
                throw new EventNotHandled(null, false,
                        new UnprocessableEventException("unknown event type " + envelope.type()));
            }
            return;
        }
        EventContext context = EventContext.of(envelope);
        for (RegisteredHandler handler : handlers) {
            SagaEvent event = payload(envelope, handler);
            boolean first = handler == handlers.get(0);
            Runnable attempt = () -> {
                long start = System.nanoTime();
                try {
                    boolean duplicate = QuarkusTransaction.requiringNew().call(() -> {
                        if (first && heldBack.getAsBoolean()) {
                            throw new HeldBehindParkedEvent();
                        }
                        if (processedEvents.markProcessed(envelope.id(), handler.name())) {
                            handler.handle(event, context);
                            return false;
                        }
                        LOG.debugf("%s already processed %s %s", handler.name(), envelope.type(), envelope.id());
                        return true;
                    });
                    metrics.handled(handler.name(), envelope.type(), duplicate,
                            Duration.ofNanos(System.nanoTime() - start));
                } catch (HeldBehindParkedEvent held) {
                    throw held;
                } catch (RuntimeException e) {
                    metrics.failed(handler.name(), envelope.type(), e);
                    throw e;
                }
            };
            if (live) {
                withRetries(envelope, handler, attempt);
            } else {
                once(handler, attempt);
            }
        }
    }

    private SagaEvent payload(EventEnvelope envelope, RegisteredHandler handler) {
        try {
            return codec.payload(envelope, handler.eventClass());
        } catch (UnprocessableEventException e) {
            throw new EventNotHandled(null, false, e);
        }
    }

    private void withRetries(EventEnvelope envelope, RegisteredHandler handler, Runnable attempt) {
        String what = handler.name() + " on " + envelope.type() + " " + envelope.id() + " of order "
                + envelope.subject();
        long backoffMillis = retry.initialBackoff().toMillis();
        for (int failed = 1;; failed++) {
            try {
                outages.untilThrough(what, attempt);
                return;
            } catch (HeldBehindParkedEvent held) {
                throw held;
            } catch (UnprocessableEventException e) {
                throw new EventNotHandled(handler.name(), false, e);
            } catch (RuntimeException e) {
                if (failed >= retry.maxAttempts()) {
                    throw new EventNotHandled(handler.name(), handler.notYetPossible(e), e);
                }
                LOG.warnf("%s failed (attempt %d of %d), retrying: %s", what, failed, retry.maxAttempts(), e);
                outages.pause(Duration.ofMillis(backoffMillis));
                backoffMillis *= 2;
            }
        }
    }

    private static void once(RegisteredHandler handler, Runnable attempt) {
        try {
            attempt.run();
        } catch (UnprocessableEventException e) {
            throw new EventNotHandled(handler.name(), false, e);
        } catch (RuntimeException e) {
            throw new EventNotHandled(handler.name(), TransientFailures.isTransient(e) || handler.notYetPossible(e), e);
        }
    }

    private record RegisteredHandler(String name, Class<? extends SagaEvent> eventClass,
            BiConsumer<SagaEvent, EventContext> reaction, Predicate<RuntimeException> notYetPossible) {

        void handle(SagaEvent event, EventContext context) {
            reaction.accept(event, context);
        }

        boolean notYetPossible(RuntimeException failure) {
            return notYetPossible.test(failure);
        }
    }
}
