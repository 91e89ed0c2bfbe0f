-- Events this service parked instead of handling: the ones that failed (for good, or for longer than they wait in
-- line), and the later events of the same order that wait behind them, so that an order's events still take effect in
-- their order once the first is released (docs/decisions.md, "Outages are waited out; parked events keep their
-- order"). Every parked event is also on the service's dead-letter topic, as the copy ops read; this table is what the
-- consumer decides by.
create table parked_event (
    seq             bigserial    primary key,
    event_id        uuid         not null,
    order_id        varchar(64)  not null,
    event_type      varchar(100) not null,
    envelope        text         not null,
    -- the reaction that failed (<consumer class>#<event type>); null when the event as a whole could not be handled,
    -- or when it waits behind another
    reaction        varchar(200),
    reason          text         not null,
    cause           text,
    -- tried again without anyone asking: a "not yet possible" refusal, an outage met on a retry, an event that waits
    -- behind another (it goes as soon as it is first in line)
    redrivable      boolean      not null,
    -- attempts since it was parked, automatic or by ops
    attempts        integer      not null default 0,
    next_attempt_at timestamptz,
    parked_at       timestamptz  not null default now(),
    released_at     timestamptz,
    discarded_at    timestamptz,
    discarded_by    varchar(200)
);
-- an event is parked once at a time, however often it is delivered again
create unique index parked_event_open_event on parked_event (event_id)
    where released_at is null and discarded_at is null;
-- "does this order have a parked event?", asked before every event is handled, and "which is first in line?"
create index parked_event_open_order on parked_event (order_id, seq)
    where released_at is null and discarded_at is null;
-- retry or discard by id, and the dead-letter listing, look up released and discarded events too
create index parked_event_event on parked_event (event_id);
