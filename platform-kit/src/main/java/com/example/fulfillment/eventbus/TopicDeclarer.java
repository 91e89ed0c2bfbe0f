package com.example.fulfillment.eventbus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import com.example.fulfillment.eventbus.TopicRules.Declared;
import com.example.fulfillment.eventbus.TopicRules.Verdict;

/**
 * Declares topics on the broker with Kafka's Admin client: creates the missing ones with their partitions and
 * retention, and holds the existing ones to {@link TopicRules} (a dead-letter topic kept too briefly has its
 * retention raised; a saga topic with too few partitions is a {@link Contradiction}). Every call shares one deadline.
 */
public final class TopicDeclarer {

    /** A topic as the broker has it once declared. */
    public record Outcome(Declared declared, boolean created, int partitions, long retentionMs, Long raisedFromMs,
            List<String> notes) {
    }

    /** An existing topic contradicts the declaration in a way the start-up must not paper over. */
    public static final class Contradiction extends IllegalStateException {

        public Contradiction(String message) {
            super(message);
        }
    }

    private static final long DESCRIBE_RETRY_MILLIS = 200;

    private final Admin admin;
    private final long deadline;

    public TopicDeclarer(Admin admin, Duration timeout) {
        this.admin = admin;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    public List<Outcome> declare(List<Declared> topics, Optional<Short> replicationFactor)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = await(admin.listTopics().names());
        List<String> created = new ArrayList<>();
        for (Declared topic : topics) {
            if (!existing.contains(topic.name()) && create(topic, replicationFactor)) {
                created.add(topic.name());
            }
        }
        Map<String, TopicDescription> descriptions = describe(topics);
        Map<String, Long> retentions = retentions(topics);
        List<Outcome> outcomes = new ArrayList<>();
        List<String> contradictions = new ArrayList<>();
        for (Declared topic : topics) {
            int partitions = descriptions.get(topic.name()).partitions().size();
            long retention = retentions.get(topic.name());
            Verdict verdict = TopicRules.check(topic, partitions, retention);
            if (verdict.contradiction() != null) {
                contradictions.add(verdict.contradiction());
                continue;
            }
            Long raisedFrom = null;
            if (verdict.raiseRetention()) {
                raiseRetention(topic);
                raisedFrom = retention;
                retention = topic.retention().toMillis();
            }
            outcomes.add(new Outcome(topic, created.contains(topic.name()), partitions, retention, raisedFrom,
                    verdict.notes()));
        }
        if (!contradictions.isEmpty()) {
            throw new Contradiction(String.join("; ", contradictions));
        }
        return outcomes;
    }

    /** @return false if another service created it first (they all declare the saga topic at once on a fresh broker) */
    private boolean create(Declared topic, Optional<Short> replicationFactor)
            throws InterruptedException, ExecutionException, TimeoutException {
        NewTopic newTopic = new NewTopic(topic.name(), Optional.of(topic.partitions()), replicationFactor)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topic.retention().toMillis())));
        try {
            await(admin.createTopics(List.of(newTopic)).all());
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw e;
        }
    }

    /** Just after a create the broker may not know the topic yet for a moment: asks again until the deadline. */
    private Map<String, TopicDescription> describe(List<Declared> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<String> names = topics.stream().map(Declared::name).toList();
        while (true) {
            try {
                return await(admin.describeTopics(names).allTopicNames());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || remainingMillis() <= 0) {
                    throw e;
                }
                Thread.sleep(DESCRIBE_RETRY_MILLIS);
            }
        }
    }

    private Map<String, Long> retentions(List<Declared> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<ConfigResource> resources = topics.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic.name())).toList();
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(resources).all());
        Map<String, Long> retentions = new LinkedHashMap<>();
        configs.forEach((resource, config) -> retentions.put(resource.name(),
                Long.parseLong(config.get(TopicConfig.RETENTION_MS_CONFIG).value())));
        return retentions;
    }

    private void raiseRetention(Declared topic) throws InterruptedException, ExecutionException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
        AlterConfigOp raise = new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG,
                String.valueOf(topic.retention().toMillis())), AlterConfigOp.OpType.SET);
        await(admin.incrementalAlterConfigs(Map.of(resource, List.of(raise))).all());
    }

    private <T> T await(KafkaFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(Math.max(0, remainingMillis()), TimeUnit.MILLISECONDS);
    }

    private long remainingMillis() {
        return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    }
}
