-- The products of the order's next parcel as StockAllocated reserved them, so that messages name products.
create table order_item (
    id           uuid         primary key,
    order_id     varchar(64)  not null,
    sku          varchar(100) not null,
    -- null if inventory named no product: the messages then fall back to the SKU
    product_name varchar(300),
    quantity     int          not null
);
create index order_item_by_order on order_item (order_id);

-- Where the customer stands after the last delivery update told (parcel, news, a delay's date): a scan that
-- leaves them there is not told again.
alter table recipient add column delivery_standing varchar(300);

-- The e-mail's HTML part; messages recorded before it existed go as plain text.
alter table notification add column html_body text;
