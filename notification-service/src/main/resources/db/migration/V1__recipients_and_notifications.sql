-- Who to tell about an order, copied from OrderReceived so that no other service has to be asked later.
create table recipient (
    order_id    varchar(64)  primary key,
    name        varchar(200) not null,
    email       varchar(320),
    phone       varchar(40),
    -- the customer's chosen channels, e.g. 'EMAIL,SMS'
    channels    varchar(100) not null,
    received_at timestamptz  not null
);

create table notification (
    id              uuid         primary key,
    order_id        varchar(64)  not null,
    source_event_id uuid         not null,
    kind            varchar(40)  not null,
    channel         varchar(10)  not null,
    -- what makes two events mean the same message (tracking number, tracking update id, ...)
    dedup_key       varchar(200) not null,
    recipient       varchar(320) not null,
    subject         varchar(300) not null,
    body            text         not null,
    sms_text        varchar(1000),
    status          varchar(10)  not null,
    attempts        int          not null default 0,
    last_error      varchar(1000),
    next_attempt_at timestamptz,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    -- a redelivered event adds nothing
    constraint notification_once_per_event unique (source_event_id, channel),
    -- a second event with a new id but the same meaning adds nothing either
    constraint notification_once_per_meaning unique (order_id, kind, dedup_key, channel)
);
create index notification_by_order on notification (order_id, created_at desc);
-- the sender only ever looks for what is due
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
