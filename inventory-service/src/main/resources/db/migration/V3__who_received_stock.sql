-- who recorded a stock receipt, from their token (issue 8): warehouse staff sign for what they receive
alter table stock_receipt add column received_by varchar(200);
