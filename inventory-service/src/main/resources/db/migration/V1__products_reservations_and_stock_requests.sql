-- Products with their stock. reserved counts what HELD reservations keep for orders; the checks are the last
-- guard against overselling, whatever the application (or a second instance of it) does.
create table product (
    sku                   varchar(64)  primary key,
    name                  varchar(200) not null,
    category              varchar(100) not null,
    on_hand               integer      not null,
    reserved              integer      not null default 0,
    weight_grams          integer      not null,
    length_mm             integer      not null,
    width_mm              integer      not null,
    height_mm             integer      not null,
    fragile               boolean      not null,
    expected_restock_date date,
    updated_at            timestamptz  not null,
    constraint product_on_hand_not_negative check (on_hand >= 0),
    constraint product_reserved_not_negative check (reserved >= 0),
    constraint product_never_oversold check (reserved <= on_hand),
    constraint product_measures_positive check (weight_grams > 0 and length_mm > 0 and width_mm > 0 and height_mm > 0)
);
-- the same-category fallback for alternatives looks products up by category
create index product_category on product (category);

create table product_alternative (
    sku             varchar(64) not null references product (sku) on delete cascade,
    position        integer     not null,
    alternative_sku varchar(64) not null,
    primary key (sku, position)
);

-- What an order asked of the stock, and where it stands: inventory's own memory of the orders it heard of.
create table stock_request (
    order_id      varchar(64) primary key,
    state         varchar(20) not null,
    received_at   timestamptz not null,
    waiting_since timestamptz,
    updated_at    timestamptz not null,
    constraint stock_request_state check (state in ('VERIFIED', 'WAITING', 'ALLOCATED', 'CANCELLED', 'SHIPPED'))
);
-- stock arriving resumes the waiting orders, oldest first
create index stock_request_waiting on stock_request (waiting_since) where state = 'WAITING';

create table stock_request_line (
    order_id varchar(64) not null references stock_request (order_id) on delete cascade,
    position integer     not null,
    sku      varchar(64) not null,
    quantity integer     not null check (quantity > 0),
    primary key (order_id, position)
);
create index stock_request_line_sku on stock_request_line (sku);

create table reservation (
    id         uuid        primary key,
    order_id   varchar(64) not null,
    sku        varchar(64) not null references product (sku),
    quantity   integer     not null check (quantity > 0),
    status     varchar(20) not null check (status in ('HELD', 'RELEASED', 'SHIPPED')),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    -- a redelivered or repeated approval can never reserve a line twice
    constraint reservation_one_per_order_and_sku unique (order_id, sku)
);

-- every receipt of goods, so that ops can trace how on_hand came about
create table stock_receipt (
    id          uuid         primary key,
    sku         varchar(64)  not null references product (sku),
    quantity    integer      not null check (quantity > 0),
    note        varchar(500),
    received_at timestamptz  not null
);
create index stock_receipt_sku on stock_receipt (sku);
