-- the shortages of the last StockUnavailable: what the customer chooses from (wait, take an alternative, cancel)
create table order_shortage (
    order_id              varchar(36) not null references orders (id),
    line_no               int         not null,
    sku                   varchar(64) not null,
    requested             int         not null,
    available             int         not null,
    expected_restock_date date,
    -- comma-separated, in inventory's order of preference
    alternative_skus      text        not null default '',
    primary key (order_id, line_no)
);

alter table orders
    -- how many times ops sent the order again: tells a new package or label of a reshipment from a repeat
    add column reshipments               int          not null default 0,
    add column refund_credit_note_number varchar(100),
    add column refund_currency           char(3),
    -- no scale on purpose, as invoice_total: the amount is shown as billing sent it
    add column refund_amount             numeric;
