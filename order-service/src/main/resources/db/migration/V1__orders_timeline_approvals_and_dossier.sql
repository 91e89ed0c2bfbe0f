create table orders (
    id                     varchar(36)  primary key,
    status                 varchar(30)  not null,
    customer_name          varchar(200) not null,
    customer_email         varchar(320) not null,
    customer_phone         varchar(40),
    recipient              varchar(200) not null,
    street                 varchar(300) not null,
    city                   varchar(120) not null,
    postal_code            varchar(20)  not null,
    region                 varchar(120),
    country                char(2)      not null,
    shipping_method        varchar(20)  not null,
    special_packaging      boolean      not null,
    gift_wrap              boolean      not null,
    gift_message           text,
    notification_channels  varchar(50)  not null,
    discount_code          varchar(50),
    carrier                varchar(100),
    tracking_number        varchar(100),
    expected_delivery_date date,
    invoice_number         varchar(100),
    invoice_currency       char(3),
    -- no scale on purpose: an invoice total of 9.00 is shown as billing sent it
    invoice_total          numeric,
    packed                 boolean      not null default false,
    labelled               boolean      not null default false,
    idempotency_key        varchar(200) unique,
    request_fingerprint    varchar(64),
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0
);
create index orders_by_customer on orders (customer_email, created_at desc);
create index orders_by_status on orders (status, created_at desc);

create table order_line (
    order_id varchar(36) not null references orders (id),
    line_no  int         not null,
    sku      varchar(64) not null,
    quantity int         not null,
    primary key (order_id, line_no)
);

create table order_timeline (
    id        uuid         primary key,
    order_id  varchar(36)  not null references orders (id),
    seq       int          not null,
    at        timestamptz  not null,
    step      varchar(200) not null,
    status    varchar(30)  not null,
    cause     varchar(300) not null,
    detail    text,
    -- business key of the fact behind the entry (notification id, package id...): a repeated fact is not recorded twice
    reference varchar(200),
    unique (order_id, seq)
);

create table order_document (
    id           uuid         primary key,
    order_id     varchar(36)  not null references orders (id),
    kind         varchar(30)  not null,
    title        varchar(300) not null,
    media_type   varchar(100) not null,
    content      text         not null,
    collected_at timestamptz  not null,
    filed_at     timestamptz,
    unique (order_id, kind)
);

create table approval_task (
    id          uuid         primary key,
    gate        varchar(30)  not null,
    order_id    varchar(36)  not null references orders (id),
    -- what the gate decides on: the A3 tracking update id; empty for gates decided once per order pass
    subject_key varchar(200) not null,
    submitted   text         not null,
    status      varchar(20)  not null,
    decided_by  varchar(200),
    reason      text,
    decided_at  timestamptz,
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index approval_task_by_status on approval_task (status, created_at);
create index approval_task_by_order on approval_task (order_id, gate);
-- a business duplicate (same tracking update, second open task of a gate) must never become a second task
create unique index approval_task_one_per_tracking_update on approval_task (order_id, gate, subject_key)
    where gate = 'TRACKING_CONFIRMATION';
create unique index approval_task_one_pending_per_gate on approval_task (order_id, gate)
    where status = 'PENDING' and gate <> 'TRACKING_CONFIRMATION';
