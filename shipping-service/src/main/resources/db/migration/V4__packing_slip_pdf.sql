-- The packing slip as printed (PDF, exact bytes), beside its text: the same bytes went into the box and the dossier.
alter table shipment add column packing_slip_pdf bytea;
