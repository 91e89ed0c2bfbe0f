-- Parked events that were released or discarded are history: the dead-letter listing shows them for a while, then
-- housekeeping deletes them (fulfillment.events.housekeeping.resolved-parked-event-retention) in batches found through
-- this index, as it does with published outbox rows and processed-event ids (V0_2). Open ones are never purged.
create index parked_event_resolved_at on parked_event ((coalesce(released_at, discarded_at)))
    where released_at is not null or discarded_at is not null;
