package com.example.fulfillment.eventbus.parking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.example.fulfillment.domain.Conflict;
import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.eventbus.EventCodec;
import com.example.fulfillment.eventbus.EventDispatcher;
import com.example.fulfillment.eventbus.EventEnvelope;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What can be done with a parked event: try it again (the re-driver, or ops by id, or ops' retry of the whole
 * dead-letter topic) or discard it (ops). Either way the order's line moves on only from its first event: when that
 * one passes or is discarded, the events behind it are handed to the handlers in their order, until one of them
 * fails; that one is then first in line, with its own reason.
 */
@ApplicationScoped
public class ParkedEventActions {

    /** How long a re-driver pass holds the events it claimed; one cut short by a crash is due again after it. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(ParkedEventActions.class);

    private final ParkedEventStore store;
    private final EventDispatcher dispatcher;
    private final EventCodec codec;
    private final ParkingConfig.Redrive redrive;

    ParkedEventActions(ParkedEventStore store, EventDispatcher dispatcher, EventCodec codec, ParkingConfig config) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.codec = codec;
        this.redrive = config.redrive();
    }

    /** Ops: try this parked event again now; it must be first in its order's line. */
    public ParkedEventOutcome retry(UUID eventId) {
        ParkedEvent parked = parkedNow(eventId);
        if (parked.waitingBehind() != null) {
            throw new Conflict("event " + eventId + " waits behind parked event " + parked.waitingBehind()
                    + " of order " + parked.orderId() + ": retry or discard that one");
        }
        return attempt(parked).outcome();
    }

    /** Ops: this event shall not take effect here; if it was first in line, the events behind it follow. */
    public ParkedEventOutcome discard(UUID eventId, String by) {
        ParkedEvent parked = parkedNow(eventId);
        EventEnvelope envelope = codec.read(parked.envelope());
        Optional<ParkedEvent> next = QuarkusTransaction.requiringNew().call(() -> {
            // recorded as processed by every reaction, so that a delivery again of it changes nothing either
            dispatcher.markHandled(envelope);
            return store.discardAndNext(parked, by);
        });
        LOG.infof("%s discarded by %s", describe(parked), by);
        List<String> released = parked.waitingBehind() == null ? releaseLine(next) : List.of();
        return outcome(parked, ParkedEvent.State.DISCARDED, null, released);
    }

    /**
     * Ops' retry of the whole dead-letter topic, for one of its records: a parked event first in line is tried as by
     * {@link #retry}; one waiting behind another stays parked (thrown); an event no longer parked (or never parked
     * here) is handed to the handlers once, which changes nothing if it took effect meanwhile.
     */
    public void retryDeadLetter(EventEnvelope envelope) {
        Optional<ParkedEvent> parked = store.parkedNow(envelope.id());
        if (parked.isEmpty()) {
            dispatcher.dispatchOnce(envelope);
            return;
        }
        if (parked.get().waitingBehind() != null) {
            throw new EventParkedException(parked.get().reason(), null);
        }
        Attempt attempt = attempt(parked.get());
        if (attempt.failure() != null) {
            throw new EventParkedException(attempt.outcome().reason(), attempt.failure().getCause());
        }
    }

    /** The re-driver: one attempt for each due event first in its line, up to the batch size; returns how many. */
    public int redriveDue() {
        List<ParkedEvent> due = store.claimDue(redrive.batchSize(), CLAIM_LEASE);
        for (ParkedEvent parked : due) {
            try {
                attempt(parked);
            } catch (RuntimeException e) {
                // the bookkeeping itself failed (an outage): the claim runs out and the event is due again
                LOG.warnf("re-driving %s failed: %s", describe(parked), e);
            }
        }
        return due.size();
    }

    private Attempt attempt(ParkedEvent parked) {
        try {
            dispatcher.dispatchOnce(codec.read(parked.envelope()));
        } catch (EventNotHandled failure) {
            ParkedEvent still = failedAgain(parked, failure);
            return new Attempt(outcome(still, ParkedEvent.State.PARKED, still.reason(), List.of()), failure);
        }
        LOG.infof("%s passed at attempt %d and is released", describe(parked), parked.attempts() + 1);
        List<String> released = releaseLine(store.releaseAndNext(parked));
        return new Attempt(outcome(parked, ParkedEvent.State.RELEASED, null, released), null);
    }

    /** The line's first event is gone: the ones behind it follow in order, until one fails and stays first. */
    private List<String> releaseLine(Optional<ParkedEvent> next) {
        List<String> released = new ArrayList<>();
        while (next.isPresent()) {
            ParkedEvent waiting = next.get();
            try {
                dispatcher.dispatchOnce(codec.read(waiting.envelope()));
            } catch (EventNotHandled failure) {
                failedAgain(waiting, failure);
                break;
            }
            released.add(waiting.eventId().toString());
            next = store.releaseAndNext(waiting);
        }
        return released;
    }

    private ParkedEvent failedAgain(ParkedEvent parked, EventNotHandled failure) {
        int attempts = parked.attempts() + 1;
        boolean again = failure.canPassLater() && attempts < redrive.maxAttempts();
        ParkedEvent still = store.failedAgain(parked, failure.reaction(), failure.getMessage(),
                failure.causeMessage(), again ? ParkingConfig.pause(redrive.backoff(), attempts + 1) : null);
        LOG.warnf("%s failed again at attempt %d (%s): %s", describe(parked), attempts,
                again ? "next at " + still.nextAttemptAt() : "it waits for ops", failure.getMessage());
        return still;
    }

    private ParkedEvent parkedNow(UUID eventId) {
        List<ParkedEvent> history = store.history(eventId);
        if (history.isEmpty()) {
            throw new NotFound("no event " + eventId + " was parked here");
        }
        return history.stream().filter(ParkedEvent::open).findFirst().orElseThrow(() -> {
            ParkedEvent latest = history.get(0);
            return new Conflict(latest.discardedAt() != null
                    ? "event " + eventId + " was discarded by " + latest.discardedBy() + " at " + latest.discardedAt()
                    : "event " + eventId + " was released at " + latest.releasedAt());
        });
    }

    private ParkedEventOutcome outcome(ParkedEvent parked, ParkedEvent.State state, String reason,
            List<String> released) {
        String waitsOn = store.firstInLine(parked.orderId()).map(first -> first.eventId().toString()).orElse(null);
        return new ParkedEventOutcome(parked.eventId().toString(), parked.orderId(), state, reason,
                state == ParkedEvent.State.RELEASED ? parked.attempts() + 1 : parked.attempts(),
                state == ParkedEvent.State.PARKED ? parked.nextAttemptAt() : null, released, waitsOn);
    }

    private static String describe(ParkedEvent parked) {
        return "parked " + parked.eventType() + " " + parked.eventId() + " of order " + parked.orderId();
    }

    private record Attempt(ParkedEventOutcome outcome, EventNotHandled failure) {
    }
}
