package com.example.fulfillment.eventbus.parking;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.example.fulfillment.eventbus.EventCodec;
import com.example.fulfillment.eventbus.EventDispatcher;
import com.example.fulfillment.eventbus.EventEnvelope;

/**
 * The consumer's side of parking: an event of an order that has a parked event waits behind it, in order, instead of
 * being handled without its predecessor; an event the dispatcher gives up on is parked first in its order's line. Both
 * are thrown as {@link EventParkedException}, so that the channel puts the visible copy on the dead-letter topic and
 * goes on with the next record. Events of other orders are not held back.
 * <p>
 * The database work of parking waits out an outage like the handlers do: a record is never given up because the table
 * that would hold it could not be reached.
 */
@ApplicationScoped
public class EventParking {

    private static final Logger LOG = Logger.getLogger(EventParking.class);

    private final ParkedEventStore store;
    private final EventDispatcher dispatcher;
    private final EventCodec codec;
    private final OutageWait outages;
    private final ParkingConfig.Redrive redrive;

    EventParking(ParkedEventStore store, EventDispatcher dispatcher, EventCodec codec, OutageWait outages,
            ParkingConfig config) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.codec = codec;
        this.outages = outages;
        this.redrive = config.redrive();
    }

    /** Handles one event as the consumer delivers it; throws {@link EventParkedException} if it is parked. */
    public void deliver(EventEnvelope envelope) {
        if (!dispatcher.concerns(envelope)) {
            return; // no reaction here wants this type: it changes nothing, wherever its order's line stands
        }
        String order = envelope.subject();
        try {
            // whether the order has a line is asked inside the first reaction's transaction, which waits out an
            // outage like the reaction itself
            dispatch(envelope, () -> store.firstInLine(order).isPresent());
        } catch (HeldBehindParkedEvent held) {
            Optional<ParkedEvent> behind = outages.untilThrough("parking " + describe(envelope),
                    () -> parkBehind(envelope));
            if (behind.isPresent()) {
                LOG.infof("%s parked: %s", describe(envelope), behind.get().reason());
                throw new EventParkedException(behind.get().reason(), null);
            }
            // the line emptied meanwhile, or this is a delivery again of an event handled before: handled as usual
            dispatch(envelope, () -> false);
        }
    }

    private void dispatch(EventEnvelope envelope, BooleanSupplier heldBack) {
        try {
            dispatcher.dispatch(envelope, heldBack);
        } catch (EventNotHandled failure) {
            ParkedEvent parked = outages.untilThrough("parking " + describe(envelope), () -> store.park(envelope,
                    codec.write(envelope), failure.reaction(), failure.getMessage(), failure.causeMessage(),
                    failure.canPassLater() ? ParkingConfig.pause(redrive.backoff(), 1) : null));
            LOG.warnf("%s parked%s, the order's later events wait behind it: %s", describe(envelope),
                    parked.redrivable() ? " to be re-driven" : " for ops", parked.reason());
            throw new EventParkedException(parked.reason(), failure.getCause());
        }
    }

    private Optional<ParkedEvent> parkBehind(EventEnvelope envelope) {
        List<String> reactions = dispatcher.reactionsTo(envelope.type());
        if (!reactions.isEmpty() && new HashSet<>(store.handledBy(envelope.id())).containsAll(reactions)) {
            return Optional.empty(); // handled before its order's line formed (a consumer group reset, say)
        }
        return store.parkBehindLine(envelope, codec.write(envelope));
    }

    private static String describe(EventEnvelope envelope) {
        return envelope.type() + " " + envelope.id() + " of order " + envelope.subject();
    }
}
