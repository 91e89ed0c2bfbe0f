package com.example.fulfillment.eventbus;

import static com.example.fulfillment.eventbus.OutboxRelayTest.newOrder;
import static com.example.fulfillment.eventbus.OutboxRelayTest.statusChange;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.testapp.PlatformKitTestApp;
import com.example.fulfillment.testapp.SlowBrokerProfile;
import com.example.fulfillment.testapp.TopicReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The relay against a broker slower than its passes ({@link SlowBrokerProfile}): passes overlap sends still in
 * flight, and no row is sent twice because of it.
 */
@QuarkusTest
@TestProfile(SlowBrokerProfile.class)
class SlowBrokerRelayTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    EventPublisher publisher;
    @Inject
    EventCodec codec;
    @Inject
    DataSource dataSource;

    @Test
    void rowsStillInFlightAreNotSentAgainByTheNextPasses() {
        List<String> orders = List.of(newOrder(), newOrder(), newOrder(), newOrder());
        OutboxState outbox = new OutboxState(dataSource);
        try (TopicReader topic = new TopicReader(PlatformKitTestApp.TOPIC); RelayLog log = new RelayLog()) {
            Map<TopicPartition, Long> before = topic.endOffsets();

            List<UUID> published = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> ids = new ArrayList<>();
                for (String step : List.of("first", "second")) {
                    for (String order : orders) {
                        ids.add(publisher.publish(statusChange(order, step)).id());
                    }
                }
                return ids;
            });
            await().atMost(TIMEOUT).until(() -> outbox.allPublished(orders.toArray(String[]::new)));

            List<ConsumerRecord<String, String>> records = topic.read(before, topic.endOffsets(), TIMEOUT).stream()
                    .filter(record -> orders.contains(record.key())).toList();
            List<UUID> onTheTopic = records.stream().map(record -> codec.read(record.value()).id()).toList();
            assertEquals(published.size(), onTheTopic.size(), "each row once on the topic: " + onTheTopic);
            assertEquals(published.stream().sorted().toList(), onTheTopic.stream().sorted().toList());
            for (String order : orders) {
                assertEquals(List.of("first", "second"), records.stream().filter(record -> record.key().equals(order))
                        .map(record -> codec.payload(codec.read(record.value()), com.example.fulfillment.events
                                .OrderStatusChanged.class).cause()).toList(), "order " + order + " on the topic");
            }
            // the passes did overlap: one at least found its sends still unanswered and waited for them
            assertFalse(log.at(Level.WARNING, "sent but not answered by the broker").isEmpty());
        }
    }
}
