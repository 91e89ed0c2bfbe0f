-- The order's latest shipment as Shipped named it: a delivery issue or a reshipment is told once per shipment.
alter table recipient add column last_tracking_number varchar(100);
