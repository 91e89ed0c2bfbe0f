-- who set a price last, from their token (issue 8): the audit of a price change names a person
alter table price add column updated_by varchar(200);
