-- Orders taken while the saga has no room wait here, oldest first, until SagaAdmission lets them in (and announces
-- OrderReceived); an order that is not here has been announced. Every order before this migration was announced.
create table saga_waiting_room (
    order_id      varchar(36) primary key references orders (id),
    waiting_since timestamptz not null,
    seq           bigserial   not null
);

create index saga_waiting_room_fifo on saga_waiting_room (seq);
