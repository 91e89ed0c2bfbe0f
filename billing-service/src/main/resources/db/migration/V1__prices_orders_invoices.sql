-- Billing's own tables: the price list, its copy of each order, and the invoices with their lines.

create table price (
    sku        varchar(64)    primary key,
    unit_price numeric(12, 2) not null check (unit_price > 0),
    updated_at timestamptz    not null
);

create table billing_order (
    order_id          varchar(64)  primary key,
    customer_name     varchar(255),
    customer_email    varchar(255),
    recipient         varchar(255),
    street            varchar(255),
    city              varchar(255),
    postal_code       varchar(32),
    region            varchar(255),
    country           varchar(2),
    shipping_method   varchar(16)  not null,
    gift_wrap         boolean      not null,
    special_packaging boolean      not null,
    discount_code     varchar(255),
    received_at       timestamptz,
    cancelled_at      timestamptz
);

-- numbers come from a sequence so that several instances never hand out the same one
create sequence invoice_number_seq;

create table invoice (
    order_id        varchar(64)    primary key references billing_order (order_id),
    number          varchar(32)    not null unique,
    status          varchar(16)    not null,
    currency        varchar(3)     not null,
    customer_name   varchar(255),
    customer_email  varchar(255),
    billing_country varchar(2),
    subtotal        numeric(14, 2) not null,
    discount_code   varchar(255),
    discount_total  numeric(14, 2) not null,
    fees_total      numeric(14, 2) not null,
    tax_rate        numeric(6, 4)  not null,
    tax_total       numeric(14, 2) not null,
    total           numeric(14, 2) not null,
    note            varchar(500),
    issued_at       timestamptz    not null,
    voided_at       timestamptz,
    void_reason     varchar(500)
);

create table invoice_line (
    id               uuid           primary key,
    invoice_order_id varchar(64)    not null references invoice (order_id),
    position         integer        not null,
    kind             varchar(16)    not null,
    description      varchar(500)   not null,
    sku              varchar(64),
    quantity         integer        not null,
    unit_price       numeric(12, 2) not null,
    amount           numeric(14, 2) not null,
    unique (invoice_order_id, position)
);
