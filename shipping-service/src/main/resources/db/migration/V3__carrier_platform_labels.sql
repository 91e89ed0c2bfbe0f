-- Labels bought from a carrier platform (EasyPost's API): the platform's shipment and tracker, the service and
-- why its rate was chosen, the label exactly as sold (PDF, and ZPL for thermal printers), the refund of an
-- unused label; the pickup the platform booked; the scan form (manifest) the parcel was handed over on.
alter table shipment add column platform_shipment_id varchar(64);
alter table shipment add column tracker_id varchar(64);
alter table shipment add column label_service varchar(80);
alter table shipment add column rate_reason text;
alter table shipment add column label_pdf bytea;
alter table shipment add column label_zpl bytea;
alter table shipment add column refund_state varchar(20);
alter table shipment add column pickup_id varchar(64);
alter table shipment add column pickup_confirmation varchar(80);
alter table shipment add column manifest_id varchar(64);
