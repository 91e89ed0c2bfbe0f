package com.example.fulfillment.eventbus;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.example.fulfillment.eventbus.TopicDeclarer.Contradiction;
import com.example.fulfillment.eventbus.TopicDeclarer.Outcome;
import com.example.fulfillment.eventbus.TopicRules.Declared;
import com.example.fulfillment.failure.TransientFailures;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * Declares this service's topics when it starts, before its Kafka channels connect: the saga topic and its own
 * dead-letter topic, with the partitions and retention of {@link EventTopicsConfig}. The brokers run with
 * auto-create off, so nothing else creates them.
 * <p>
 * Settings that contradict each other (dead letters kept shorter than the dedup window) and a saga topic with fewer
 * partitions than declared refuse the start: a restart cannot cure them, a person must. A broker that does not
 * answer within {@code topics.broker-timeout} does not: the service starts anyway (its relay and consumers wait out
 * the broker by themselves), declares the topics in the background once the broker answers, and is not ready until
 * then ({@link EventTopicsHealth}). A service that exited instead would stay down under deploy/stack.sh, which
 * restarts nothing, and crash-loop under Kubernetes for as long as the broker is away.
 */
@ApplicationScoped
public class EventTopics {

    /** Where the declaration stands; problem is null once the topics are declared. */
    public record Status(boolean declared, String problem, List<String> topics) {
    }

    private static final Logger LOG = Logger.getLogger(EventTopics.class);
    private static final Duration LONGEST_REQUEST = Duration.ofSeconds(10);

    private final Map<String, Object> kafka;
    private final EventTopicsConfig config;
    private final Duration dedupWindow;
    private final List<Declared> declared;
    private volatile Status status;

    EventTopics(@Identifier("default-kafka-broker") Map<String, Object> kafka, EventTopicsConfig config,
            EventBusConfig eventBus,
            @ConfigProperty(name = "mp.messaging.incoming.saga-events-in.dead-letter-queue.topic") String deadLetters) {
        this.kafka = kafka;
        this.config = config;
        this.dedupWindow = eventBus.housekeeping().processedEventRetention();
        this.declared = List.of(
                new Declared(eventBus.topic(), true, config.partitions(), config.sagaRetention()),
                new Declared(deadLetters, false, config.deadLetterPartitions(), deadLetterRetention()));
        this.status = new Status(false, "not declared yet", names());
    }

    public Status status() {
        return status;
    }

    /** Before SmallRye Reactive Messaging connects the channels (its start-up observer has priority 1000). */
    void declareAtStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE - 100) StartupEvent start) {
        List<String> contradictions = TopicRules.contradictions(dedupWindow, deadLetterRetention(),
                config.partitions(), config.deadLetterPartitions(), config.sagaRetention());
        if (!contradictions.isEmpty()) {
            throw new IllegalStateException("refusing to start, the event bus settings contradict each other: "
                    + String.join("; ", contradictions));
        }
        try {
            declare();
        } catch (Contradiction e) {
            throw new IllegalStateException("refusing to start: " + e.getMessage(), e);
        } catch (BrokerAway e) {
            status = new Status(false, e.getMessage(), names());
            LOG.warnf("%s; starting without them, they are declared as soon as the broker answers (readiness says"
                    + " DOWN until then)", e.getMessage());
        }
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void declareOnceTheBrokerAnswers() {
        if (status.declared()) {
            return;
        }
        String problem;
        try {
            declare();
            return;
        } catch (BrokerAway e) {
            problem = e.getMessage();
        } catch (RuntimeException e) {
            problem = e.getMessage();
            if (!problem.equals(status.problem())) {
                LOG.errorf("cannot declare the event bus topics: %s; trying again every 10 s", problem);
            }
        }
        status = new Status(false, problem, names());
    }

    private void declare() {
        Duration timeout = config.brokerTimeout();
        try (Admin admin = Admin.create(adminConfig(timeout))) {
            List<Outcome> outcomes = new TopicDeclarer(admin, timeout).declare(declared, config.replicationFactor());
            outcomes.forEach(EventTopics::log);
            Outcome saga = outcomes.get(0);
            String meaning = TopicRules.sagaRetentionMeaning(saga.declared().name(), saga.retentionMs(), dedupWindow);
            if (TopicRules.sagaOutlivesDedupWindow(saga.retentionMs(), dedupWindow)) {
                LOG.warn(meaning);
            } else {
                LOG.info(meaning);
            }
            status = new Status(true, null, names());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerAway("interrupted while declaring the topics " + names());
        } catch (TimeoutException e) {
            throw new BrokerAway(unanswered(timeout));
        } catch (ExecutionException e) {
            if (TransientFailures.isTransient(e.getCause())) {
                throw new BrokerAway(unanswered(timeout) + " (" + e.getCause() + ")");
            }
            throw new IllegalStateException("the broker refused to declare the topics " + names() + ": "
                    + e.getCause(), e.getCause());
        }
    }

    private static void log(Outcome outcome) {
        String name = outcome.declared().name();
        String shape = outcome.partitions() + " partition(s), retention " + TopicRules.describe(outcome.retentionMs());
        if (outcome.created()) {
            LOG.infof("created topic %s: %s", name, shape);
        } else if (outcome.raisedFromMs() != null) {
            LOG.infof("raised the retention of %s from %s to %s, so that dead letters outlive the dedup window", name,
                    TopicRules.describe(outcome.raisedFromMs()), TopicRules.describe(outcome.retentionMs()));
        } else {
            LOG.infof("topic %s exists: %s", name, shape);
        }
        outcome.notes().forEach(LOG::warn);
    }

    private Map<String, Object> adminConfig(Duration timeout) {
        Map<String, Object> admin = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                admin.put(key, value);
            }
        });
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                (int) Math.min(timeout.toMillis(), LONGEST_REQUEST.toMillis()));
        return admin;
    }

    private String unanswered(Duration timeout) {
        return "the broker " + kafka.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + " did not answer within "
                + TopicRules.describe(timeout) + " (" + TopicRules.BROKER_TIMEOUT + "), so the topics " + names()
                + " are not declared yet";
    }

    private List<String> names() {
        return declared.stream().map(Declared::name).toList();
    }

    private Duration deadLetterRetention() {
        return config.deadLetterRetention().orElse(dedupWindow);
    }

    /** The broker did not answer in time: worth waiting for, unlike every other failure here. */
    private static final class BrokerAway extends RuntimeException {

        BrokerAway(String message) {
            super(message);
        }
    }
}
