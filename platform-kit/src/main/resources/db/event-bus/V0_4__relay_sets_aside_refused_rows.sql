-- A row the broker refuses for good (too large for it, an invalid topic...) is set aside by the relay instead of
-- blocking every row behind it: when, and the broker's answer. The order's later rows wait behind it, so that its
-- events keep their order; ops retry it with `update outbox_message set failed_at = null, failure = null where seq = ...`
-- once the cause is fixed (docs/decisions.md, "Topics and the relay").
alter table outbox_message
    add column failed_at timestamptz,
    add column failure   text;

-- for every row it is about to send, the relay asks whether an earlier row of the same order is set aside
create index outbox_message_set_aside on outbox_message (order_id, seq)
    where failed_at is not null and published_at is null;
