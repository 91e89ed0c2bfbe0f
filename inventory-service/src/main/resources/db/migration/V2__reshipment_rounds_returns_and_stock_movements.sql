-- A reshipment reserves an order's lines again after its first shipment left: reservations come in rounds, one
-- per shipment of the order, and the uniqueness that keeps a repeated approval from reserving twice holds per round.
alter table reservation drop constraint reservation_one_per_order_and_sku;
alter table reservation add column shipment_round integer not null default 1;
alter table reservation add constraint reservation_positive_round check (shipment_round > 0);
alter table reservation add constraint reservation_one_per_order_sku_and_round unique (order_id, sku, shipment_round);

-- returned goods: a SHIPPED reservation whose units the carrier brought back
alter table reservation drop constraint reservation_status_check;
alter table reservation add constraint reservation_status
    check (status in ('HELD', 'RELEASED', 'SHIPPED', 'RETURNED'));
-- which package took the units, so that a return puts back exactly what that package held
alter table reservation add column tracking_number varchar(100);

-- Every change of a product's on_hand or reserved, with its cause: the ledger ops read to explain a stock level.
-- ids come from a sequence the service draws 50 at a time, in the order it records the movements
create sequence stock_movement_id_seq increment by 50;
create table stock_movement (
    id             bigint       primary key,
    sku            varchar(64)  not null references product (sku),
    cause          varchar(20)  not null
        check (cause in ('MANUAL_SET', 'RECEIPT', 'ALLOCATION', 'RELEASE', 'SHIPMENT', 'RETURN')),
    on_hand_delta  integer      not null,
    reserved_delta integer      not null,
    on_hand_after  integer      not null,
    reserved_after integer      not null,
    order_id       varchar(64),
    note           varchar(500),
    occurred_at    timestamptz  not null,
    constraint stock_movement_changes_something check (on_hand_delta <> 0 or reserved_delta <> 0)
);
-- read per product, newest first
create index stock_movement_sku on stock_movement (sku, occurred_at desc, id desc);
