-- What the test application's consumers did, in their handlers' transactions (platform-kit's own tests only).
create table test_effect (
    id         bigserial primary key,
    consumer   varchar(100) not null,
    event_id   uuid         not null,
    order_id   varchar(64)  not null,
    event_type varchar(100) not null,
    step       varchar(100)
);
create index test_effect_event on test_effect (event_id);
create index test_effect_order on test_effect (order_id);
