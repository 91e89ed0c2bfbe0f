package com.example.fulfillment.eventbus;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.events.OrderStatusChanged;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.testapp.PlatformKitTestApp;
import com.example.fulfillment.testapp.TestConsumer;
import com.example.fulfillment.testapp.TestDatabase;
import com.example.fulfillment.testapp.TestDatabase.OutboxRow;
import com.example.fulfillment.testapp.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The outbox relay against the real database and broker: what commits is sent once, in order, batch by batch. */
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class OutboxRelayTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    EventPublisher publisher;
    @Inject
    EventCodec codec;
    @Inject
    TestDatabase database;
    @Inject
    TestConsumer consumer;

    @Test
    void manyEventsOfOneTransactionLeaveOnceEachInTheOrderOfTheirOrderAndInBatches() {
        int perOrder = 60;
        List<String> orders = List.of(newOrder(), newOrder(), newOrder());
        int total = perOrder * orders.size();
        try (TopicReader topic = new TopicReader(PlatformKitTestApp.TOPIC)) {
            Map<TopicPartition, Long> before = topic.endOffsets();

            // the orders' events interleaved, as one busy transaction might write them
            List<EventEnvelope> published = QuarkusTransaction.requiringNew().call(() -> {
                List<EventEnvelope> envelopes = new ArrayList<>();
                for (int step = 0; step < perOrder; step++) {
                    for (String order : orders) {
                        envelopes.add(publisher.publish(statusChange(order, "step-" + step)));
                    }
                }
                return envelopes;
            });
            Set<UUID> ids = published.stream().map(EventEnvelope::id).collect(Collectors.toSet());
            assertEquals(total, ids.size());

            // every row is marked published once the broker has it
            await().atMost(TIMEOUT).until(() -> database.outbox(ids).stream().allMatch(row -> row.publishedAt() != null));
            List<OutboxRow> rows = database.outbox(ids);
            assertEquals(total, rows.size());
            assertEquals(published.stream().map(EventEnvelope::id).toList(), rows.stream().map(OutboxRow::eventId).toList(),
                    "the outbox keeps the order in which the transaction published");

            // in batches of at most the configured size, each its own transaction, one after the other in seq order
            Map<OffsetDateTime, List<OutboxRow>> batches = rows.stream()
                    .collect(Collectors.groupingBy(OutboxRow::publishedAt, LinkedHashMap::new, Collectors.toList()));
            int batchSize = PlatformKitTestApp.RELAY_BATCH_SIZE;
            assertTrue(batches.size() >= (total + batchSize - 1) / batchSize, "batches: " + sizes(batches));
            assertTrue(batches.values().stream().allMatch(batch -> batch.size() <= batchSize), "batches: " + sizes(batches));
            List<List<OutboxRow>> inOrder = new ArrayList<>(batches.values());
            for (int i = 1; i < inOrder.size(); i++) {
                OutboxRow lastOfPrevious = inOrder.get(i - 1).get(inOrder.get(i - 1).size() - 1);
                OutboxRow firstOfThis = inOrder.get(i).get(0);
                assertTrue(lastOfPrevious.seq() < firstOfThis.seq()
                        && lastOfPrevious.publishedAt().isBefore(firstOfThis.publishedAt()),
                        "batch " + i + " overlaps the one before it: " + sizes(batches));
            }

            // everything the relay sent is acknowledged, so it is below the end offsets as they are now
            List<ConsumerRecord<String, String>> records = topic.read(before, topic.endOffsets(), TIMEOUT).stream()
                    .filter(record -> orders.contains(record.key())).toList();
            assertEquals(total, records.size(), "each event exactly once on the topic");
            assertEquals(ids, records.stream().map(record -> codec.read(record.value()).id()).collect(Collectors.toSet()));
            for (String order : orders) {
                List<ConsumerRecord<String, String>> ofOrder = records.stream()
                        .filter(record -> record.key().equals(order)).toList();
                assertEquals(1, ofOrder.stream().map(ConsumerRecord::partition).distinct().count(),
                        "one order's events share a partition");
                assertEquals(steps(perOrder), ofOrder.stream()
                        .map(record -> codec.payload(codec.read(record.value()), OrderStatusChanged.class).cause())
                        .toList(), "order " + order + " on the topic");
                ConsumerRecord<String, String> first = ofOrder.get(0);
                assertEquals("OrderStatusChanged", header(first, "ce_type"));
                assertEquals(EventEnvelope.MEDIA_TYPE, header(first, "content-type"));
            }

            // and the application's own consumer handled each once, in the order of its order
            for (String order : orders) {
                await().atMost(TIMEOUT).until(() -> database.effectsOfOrder(order).size() >= perOrder);
                assertEquals(steps(perOrder), database.effectsOfOrder(order).stream().map(TestDatabase.Effect::step).toList());
                assertEquals(perOrder, consumer.attempts(order).size());
            }
        }
    }

    @Test
    void anEventWhoseTransactionRollsBackIsNeverSent() {
        String order = newOrder();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            publisher.publish(statusChange(order, "rolled-back"));
            throw new IllegalStateException("the state change failed");
        }));
        QuarkusTransaction.requiringNew().run(() -> publisher.publish(statusChange(order, "committed")));

        // the committed event comes after the rolled-back one would have: once it is handled, nothing else came
        await().atMost(TIMEOUT).until(() -> !database.effectsOfOrder(order).isEmpty());
        assertEquals(List.of("committed"), database.effectsOfOrder(order).stream().map(TestDatabase.Effect::step).toList());
        assertEquals(1, database.outboxOfOrder(order).size());
        assertEquals(List.of("committed"), consumer.attempts(order).stream().map(a -> a.step()).toList());
    }

    @Test
    void publishingNeedsTheCallersTransaction() {
        assertThrows(TransactionalException.class, () -> publisher.publish(statusChange(newOrder(), "no transaction")));
    }

    static OrderStatusChanged statusChange(String order, String step) {
        return new OrderStatusChanged(order, OrderStatus.ALLOCATED, OrderStatus.INVOICED, step, Instant.now());
    }

    static String newOrder() {
        return "order-" + UUID.randomUUID();
    }

    private static List<String> steps(int count) {
        return IntStream.range(0, count).mapToObj(step -> "step-" + step).toList();
    }

    private static List<Integer> sizes(Map<OffsetDateTime, List<OutboxRow>> batches) {
        return batches.values().stream().map(List::size).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
