-- Tables of the shared event bus, present in every service's own database.
-- Versions 0.x are the event bus's; each service numbers its own migrations from 1.

create table outbox_message (
    seq          bigserial primary key,
    event_id     uuid        not null unique,
    order_id     varchar(64) not null,
    event_type   varchar(100) not null,
    envelope     text        not null,
    created_at   timestamptz not null,
    published_at timestamptz
);
-- the relay only ever looks for what is still to be sent
create index outbox_message_unpublished on outbox_message (seq) where published_at is null;

create table processed_event (
    event_id     uuid         not null,
    consumer     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (event_id, consumer)
);
