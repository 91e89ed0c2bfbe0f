-- The dossier files the very documents the customer and the carrier got: billing's invoice and credit note PDFs,
-- shipping's labels. So a document holds its exact bytes (bytea) instead of text; text papers (order details,
-- packing slips) keep their text as UTF-8 bytes, and is_text says the listing may show them inline.
alter table order_document add column body bytea;
update order_document set body = convert_to(content, 'UTF8');
alter table order_document alter column body set not null;
alter table order_document drop column content;
alter table order_document rename column body to content;
alter table order_document add column is_text boolean not null default true;
alter table order_document alter column is_text drop default;

-- The invoice order-service used to re-render as plain text from InvoicePrepared's figures was not the invoice the
-- customer got (it missed the seller, the buyer, the tax rate and the payment terms): it goes, filed or not. A
-- dossier without billing's PDF has no invoice rather than a wrong one; billing serves the real one at
-- GET /invoices/{orderId}/document.
delete from order_document where kind = 'INVOICE' and media_type = 'text/plain';
