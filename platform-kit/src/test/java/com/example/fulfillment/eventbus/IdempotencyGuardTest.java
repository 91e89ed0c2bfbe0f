package com.example.fulfillment.eventbus;

import static com.example.fulfillment.eventbus.OutboxRelayTest.newOrder;
import static com.example.fulfillment.eventbus.OutboxRelayTest.statusChange;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderStatusChanged;
import com.example.fulfillment.testapp.KafkaTestTopics;
import com.example.fulfillment.testapp.PlatformKitTestApp;
import com.example.fulfillment.testapp.RecordingConsumer.Gate;
import com.example.fulfillment.testapp.TestConsumer;
import com.example.fulfillment.testapp.TestDatabase;
import com.example.fulfillment.testapp.TopicReader;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The idempotency guard (ProcessedEvents, in the handler's transaction) against the real broker and database: an
 * event delivered twice, at once or after a rebalance, takes effect once.
 */
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class IdempotencyGuardTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static TestEventBus bus;

    @Inject
    EventDispatcher dispatcher;
    @Inject
    EventCodec codec;
    @Inject
    TestConsumer consumer;
    @Inject
    TestDatabase database;
    @ConfigProperty(name = "mp.messaging.incoming.saga-events-in.group.id")
    String group;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    void theSameEnvelopePublishedTwiceIsHandledOnce() {
        String order = newOrder();
        EventEnvelope twice = bus.publish(statusChange(order, "twice"));
        bus.publish(twice);
        // behind both copies in the order's partition: once it is handled, both copies were consumed
        EventEnvelope after = bus.publish(statusChange(order, "after"));
        awaitEffect(after.id());

        assertEquals(1, database.effectsOn(twice.id()).size());
        assertEquals(1, consumer.attemptsOn(twice.id()).size(), "the reaction ran once");
        assertEquals(List.of(consumer.reactionName(OrderStatusChanged.class)), database.processedBy(twice.id()));
        assertEquals(List.of("twice", "after"), steps(order));
    }

    @Test
    void twoDeliveriesOfOneEventAtTheSameMomentTakeEffectOnce() throws Exception {
        // as when a partition moves to another instance while the first still handles its record
        String order = newOrder();
        EventEnvelope envelope = codec.read(codec.write(codec.wrap(statusChange(order, "raced"))));
        Gate gate = consumer.hold(order);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> dispatcher.dispatch(envelope, () -> false));
        assertTrue(gate.awaitEntered(TIMEOUT), "the first delivery reached the reaction");
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> dispatcher.dispatch(envelope, () -> false));
        // the second waits for the first's uncommitted idempotency record (or, if the guard let it through,
        // would reach the reaction too)
        await().atMost(TIMEOUT).until(() -> database.sessionsWaitingForALock() > 0
                || consumer.attemptsOn(envelope.id()).size() > 1);
        assertFalse(second.isDone());
        gate.release();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        assertEquals(1, consumer.attemptsOn(envelope.id()).size(), "the reaction ran once");
        assertEquals(1, database.effectsOn(envelope.id()).size());
        assertEquals(1, database.processedBy(envelope.id()).size());
    }

    @Test
    void aRebalanceThatRedeliversHandledEventsTakesEffectOnlyOnce() {
        try (TopicReader topic = new TopicReader(PlatformKitTestApp.TOPIC)) {
            assertTrue(topic.partitions().size() > 1, "the test topic has " + KafkaTestTopics.PARTITIONS + " partitions");
            List<String> orders = ordersInEveryPartition(topic, 2);

            // batch A: handled by the application, which then commits its offsets (or not yet: it throttles them)
            Map<TopicPartition, Long> beforeA = topic.endOffsets();
            List<EventEnvelope> batchA = publishBatch(orders, "a", 5);
            batchA.forEach(envelope -> awaitEffect(envelope.id()));
            Map<TopicPartition, Long> afterA = topic.endOffsets();

            List<EventEnvelope> batchB;
            List<ConsumerRecord<String, String>> dispatchedBySecond = new ArrayList<>();
            Set<TopicPartition> ofSecond = new HashSet<>();
            // a second instance of the service joins the group and shares the database: it takes partitions away
            // from the application and starts where batch A began on them, as if the first instance had not
            // committed batch A before the rebalance
            try (KafkaConsumer<String, String> second = secondInstance()) {
                second.subscribe(List.of(PlatformKitTestApp.TOPIC), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        ofSecond.removeAll(partitions);
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        partitions.forEach(partition -> second.seek(partition, beforeA.get(partition)));
                        ofSecond.addAll(partitions);
                    }
                });
                pollAndDispatch(second, dispatchedBySecond, () -> !ofSecond.isEmpty()
                        && ofSecond.stream().allMatch(partition -> second.position(partition) >= afterA.get(partition)));
                assertTrue(ofSecond.size() < topic.partitions().size(), "the application kept some partitions");
                long redelivered = dispatchedBySecond.stream().filter(record -> orders.contains(record.key())).count();
                long ofBatchAOnSecond = ofSecond.stream().mapToLong(p -> afterA.get(p) - beforeA.get(p)).sum();
                assertTrue(redelivered >= ofBatchAOnSecond && ofBatchAOnSecond > 0,
                        "the second instance was handed batch A again on " + ofSecond);

                // batch B while both instances consume: each handles its own partitions
                batchB = publishBatch(orders, "b", 5);
                Map<TopicPartition, Long> afterB = topic.endOffsets();
                pollAndDispatch(second, dispatchedBySecond,
                        () -> ofSecond.stream().allMatch(partition -> second.position(partition) >= afterB.get(partition)));
                batchB.forEach(envelope -> awaitEffect(envelope.id()));
                // it leaves without committing: the application gets the partitions back and reads batch B on them
                // again, from what the group last committed
                second.committed(ofSecond).forEach((partition, committed) -> assertTrue(
                        committed == null || committed.offset() < afterB.get(partition),
                        partition + " committed at " + committed + ", batch B ends at " + afterB.get(partition)));
            }

            // behind everything in every partition: once these are handled, the application has read all of it again
            List<EventEnvelope> last = publishBatch(orders, "last", 1);
            last.forEach(envelope -> awaitEffect(envelope.id()));

            for (EventEnvelope envelope : concat(batchA, batchB)) {
                assertEquals(1, consumer.attemptsOn(envelope.id()).size(), "reaction to " + envelope.id());
                assertEquals(1, database.effectsOn(envelope.id()).size(), "effect of " + envelope.id());
                assertEquals(List.of(consumer.reactionName(OrderStatusChanged.class)),
                        database.processedBy(envelope.id()));
            }
            for (String order : orders) {
                assertEquals(List.of("a-0", "a-1", "a-2", "a-3", "a-4", "b-0", "b-1", "b-2", "b-3", "b-4", "last-0"),
                        steps(order), "order " + order + " handled in its order");
            }
        }
    }

    private void pollAndDispatch(KafkaConsumer<String, String> second, List<ConsumerRecord<String, String>> dispatched,
            java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the second instance did not get its records within " + TIMEOUT
                        + "; it has " + second.assignment());
            }
            for (ConsumerRecord<String, String> record : second.poll(Duration.ofMillis(200))) {
                dispatcher.dispatch(codec.read(record.value()), () -> false);
                dispatched.add(record);
            }
        }
    }

    private KafkaConsumer<String, String> secondInstance() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformKitTestApp.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.CLIENT_ID_CONFIG, "second-instance-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }

    private static List<String> ordersInEveryPartition(TopicReader topic, int perPartition) {
        Map<Integer, List<String>> byPartition = new HashMap<>();
        while (byPartition.size() < topic.partitions().size()
                || byPartition.values().stream().anyMatch(orders -> orders.size() < perPartition)) {
            String order = newOrder();
            List<String> orders = byPartition.computeIfAbsent(topic.partitionOf(order), p -> new ArrayList<>());
            if (orders.size() < perPartition) {
                orders.add(order);
            }
        }
        return byPartition.values().stream().flatMap(List::stream).toList();
    }

    private static List<EventEnvelope> publishBatch(List<String> orders, String batch, int perOrder) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int step = 0; step < perOrder; step++) {
            for (String order : orders) {
                envelopes.add(bus.publish(statusChange(order, batch + "-" + step)));
            }
        }
        return envelopes;
    }

    private void awaitEffect(UUID eventId) {
        await().atMost(TIMEOUT).until(() -> !database.effectsOn(eventId).isEmpty());
    }

    private List<String> steps(String order) {
        return database.effectsOfOrder(order).stream().map(TestDatabase.Effect::step).toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
