-- A reshipped order's earlier labels: the parcel that did not arrive keeps its label, its tracking number (its
-- carrier may still report it, e.g. when it comes back) and what it held.
create table shipment_earlier_label (
    order_id         varchar(64)  not null references shipment (order_id),
    position         integer      not null,
    carrier          varchar(40)  not null,
    tracking_number  varchar(64)  not null,
    package_id       varchar(64),
    label            text,
    labelled_at      timestamptz,
    shipped_at       timestamptz,
    -- what the parcel held, one "sku=quantity" per line: enough to tell inventory what came back
    items            text         not null,
    tracking_status  varchar(30),
    last_tracking_at timestamptz,
    replaced_at      timestamptz  not null,
    replace_reason   text,
    primary key (order_id, position)
);
create index shipment_earlier_label_tracking_number on shipment_earlier_label (tracking_number);

-- The same update for an unknown number, posted twice at once, must be kept once. Round one kept such twins:
-- the later copy goes before the index can be built.
delete from unmatched_tracking_update later
 using unmatched_tracking_update earlier
 where later.tracking_number = earlier.tracking_number
   and later.carrier_event_id = earlier.carrier_event_id
   and (later.received_at, later.id) > (earlier.received_at, earlier.id);
create unique index unmatched_tracking_update_carrier_event
    on unmatched_tracking_update (tracking_number, carrier_event_id) where carrier_event_id is not null;
