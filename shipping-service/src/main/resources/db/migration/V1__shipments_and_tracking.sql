-- One shipment per order: what shipping keeps of the order, its package, label, transport and handover.
create table shipment (
    order_id               varchar(64)  primary key,
    status                 varchar(30)  not null,
    customer_name          varchar(200),
    recipient              varchar(200) not null,
    street                 varchar(300) not null,
    city                   varchar(120) not null,
    postal_code            varchar(20)  not null,
    region                 varchar(120),
    country                varchar(2)   not null,
    shipping_method        varchar(20)  not null,
    special_packaging      boolean      not null,
    gift_wrap              boolean      not null,
    gift_message           text,
    invoice_number         varchar(64),
    package_id             varchar(64),
    box_size               varchar(4),
    package_weight_grams   integer,
    packing_slip           text,
    packed_at              timestamptz,
    carrier                varchar(40),
    tracking_number        varchar(64),
    label                  text,
    label_void             boolean      not null default false,
    labelled_at            timestamptz,
    carrier_service        varchar(60),
    pickup_at              timestamptz,
    promised_delivery_date date,
    expected_delivery_date date,
    transport_arranged_at  timestamptz,
    shipped_at             timestamptz,
    tracking_status        varchar(30),
    delivery_state         varchar(20),
    last_tracking_at       timestamptz,
    cancelled_at           timestamptz,
    cancel_reason          text,
    constraint shipment_tracking_number_unique unique (carrier, tracking_number)
);
create index shipment_tracking_number on shipment (tracking_number);

create table shipment_item (
    order_id     varchar(64)  not null references shipment (order_id),
    position     integer      not null,
    sku          varchar(64)  not null,
    name         varchar(200),
    category     varchar(100),
    quantity     integer      not null,
    weight_grams integer      not null,
    length_mm    integer      not null,
    width_mm     integer      not null,
    height_mm    integer      not null,
    fragile      boolean      not null,
    primary key (order_id, position)
);

create table shipment_material (
    order_id varchar(64) not null references shipment (order_id),
    position integer     not null,
    material varchar(40) not null,
    primary key (order_id, position)
);

create table shipment_handover_document (
    order_id varchar(64)  not null references shipment (order_id),
    position integer      not null,
    document varchar(200) not null,
    primary key (order_id, position)
);

-- digits of tracking numbers; the carrier's prefix goes in front
create sequence tracking_number_seq start with 100000001;

-- every carrier update about a known shipment, applied or not, for the portal and for audits
create table tracking_event (
    id                     uuid         primary key,
    order_id               varchar(64)  not null references shipment (order_id),
    carrier                varchar(40)  not null,
    tracking_number        varchar(64)  not null,
    status                 varchar(30)  not null,
    description            text,
    location               varchar(200),
    occurred_at            timestamptz  not null,
    expected_delivery_date date,
    carrier_event_id       varchar(200),
    received_at            timestamptz  not null,
    applied                boolean      not null,
    delivery_state         varchar(20)
);
create index tracking_event_order on tracking_event (order_id, occurred_at);
-- a carrier that re-sends an update must not make it count twice
create unique index tracking_event_carrier_event on tracking_event (tracking_number, carrier_event_id)
    where carrier_event_id is not null;
create unique index tracking_event_same_fact on tracking_event (tracking_number, status, occurred_at);

-- updates for tracking numbers we do not know: acknowledged to the carrier, kept for ops to look into
create table unmatched_tracking_update (
    id               uuid         primary key,
    carrier          varchar(40)  not null,
    tracking_number  varchar(64)  not null,
    status           varchar(30)  not null,
    occurred_at      timestamptz,
    carrier_event_id varchar(200),
    received_at      timestamptz  not null
);
create index unmatched_tracking_update_received on unmatched_tracking_update (received_at);
