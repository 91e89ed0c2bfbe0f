-- Housekeeping (EventBusHousekeeping) deletes by age, a batch at a time: each batch finds its rows through these
-- indexes instead of scanning the whole table, so a batch costs the same however large the table has grown.
create index processed_event_processed_at on processed_event (processed_at);
-- only published rows are ever purged; rows still to be sent are found through outbox_message_unpublished
create index outbox_message_published_at on outbox_message (published_at) where published_at is not null;
