-- The day's manifest: approved parcels from the carrier platform wait on no scan form until the warehouse closes
-- the manifest (fulfillment.shipping.handover.manifests=DAILY); each closing is kept with who closed it, which
-- orders and tracking codes it holds and the scan form's PDF.
create table closed_manifest (
    id         varchar(64) primary key,
    closed_at  timestamptz not null,
    closed_by  varchar(200) not null,
    pdf        bytea
);

create table closed_manifest_parcel (
    manifest_id varchar(64) not null references closed_manifest (id),
    position    int         not null,
    order_id    varchar(64) not null,
    primary key (manifest_id, position)
);

create table closed_manifest_tracking_code (
    manifest_id   varchar(64) not null references closed_manifest (id),
    position      int         not null,
    tracking_code varchar(64) not null,
    primary key (manifest_id, position)
);

create index closed_manifest_closed_at on closed_manifest (closed_at);
-- the closing looks for exactly these: approved, waiting for the driver, on no scan form yet
create index shipment_awaiting_manifest on shipment (status) where manifest_id is null;
