-- An allocation whose skus are not all priced is kept as an invoice AWAITING_PRICES: it has no number and no
-- figures until ops price the missing skus, so those columns may now be empty, but only while it waits.
alter table invoice alter column number drop not null;
alter table invoice alter column subtotal drop not null;
alter table invoice alter column discount_total drop not null;
alter table invoice alter column fees_total drop not null;
alter table invoice alter column tax_rate drop not null;
alter table invoice alter column tax_total drop not null;
alter table invoice alter column total drop not null;
alter table invoice alter column issued_at drop not null;
alter table invoice add column allocated_at timestamptz;
alter table invoice add constraint invoice_issued_has_figures check (
    status = 'AWAITING_PRICES' or voided_at is not null
    or (number is not null and subtotal is not null and discount_total is not null and fees_total is not null
        and tax_rate is not null and tax_total is not null and total is not null and issued_at is not null));

-- What inventory allocated, as it said it: the invoice is priced from it, now or once the prices are there.
create table invoice_allocated_item (
    id               uuid         primary key,
    invoice_order_id varchar(64)  not null references invoice (order_id),
    position         integer      not null,
    sku              varchar(64)  not null,
    name             varchar(500),
    quantity         integer      not null check (quantity > 0),
    unique (invoice_order_id, position)
);
create index invoice_allocated_item_sku on invoice_allocated_item (sku);

-- A full refund credits the whole invoice with a credit note, numbered from its own sequence.
create sequence credit_note_number_seq;
alter table invoice add column credit_note_number varchar(32) unique;
alter table invoice add column refunded_at timestamptz;
alter table invoice add column refund_amount numeric(14, 2);
alter table invoice add column refund_reason varchar(500);
alter table invoice add column refund_requested_by varchar(255);
