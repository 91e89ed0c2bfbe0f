package com.example.fulfillment.eventbus;

import static com.example.fulfillment.eventbus.OutboxRelayTest.newOrder;
import static com.example.fulfillment.eventbus.OutboxRelayTest.statusChange;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.testapp.PlatformKitTestApp;
import com.example.fulfillment.testapp.RecordingConsumer.Outcome;
import com.example.fulfillment.testapp.TestConsumer;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The event path as Prometheus reads it at /q/metrics: each reaction's handling time by type and outcome, its failed
 * attempts by kind, and the backlog gauges, sampled from the real database.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class EventMetricsTest {

    private static final String HANDLED = "fulfillment_events_handled_seconds_count{consumer=\"TestConsumer\","
            + "outcome=\"%s\",type=\"OrderStatusChanged\"}";

    @Inject
    EventDispatcher dispatcher;
    @Inject
    EventCodec codec;
    @Inject
    TestConsumer consumer;

    @Test
    void handledDuplicateAndFailedAttemptsAreCountedByTypeAndConsumer() {
        double handledBefore = value(HANDLED.formatted("handled"));
        double duplicatesBefore = value(HANDLED.formatted("duplicate"));
        double failedBefore = value("fulfillment_events_failed_total{consumer=\"TestConsumer\",kind=\"other\","
                + "type=\"OrderStatusChanged\"}");
        String order = newOrder();
        EventEnvelope envelope = codec.read(codec.write(codec.wrap(statusChange(order, "measured"))));
        consumer.script(order, Outcome.FAIL_UNCLASSIFIED, Outcome.SUCCEED);

        dispatcher.dispatch(envelope, () -> false);
        dispatcher.dispatch(envelope, () -> false);

        String metrics = metrics();
        assertTrue(value(metrics, HANDLED.formatted("handled")) >= handledBefore + 1, metrics);
        assertTrue(value(metrics, HANDLED.formatted("duplicate")) >= duplicatesBefore + 1, metrics);
        assertTrue(value(metrics, "fulfillment_events_failed_total{consumer=\"TestConsumer\",kind=\"other\","
                + "type=\"OrderStatusChanged\"}") >= failedBefore + 1, metrics);
        assertTrue(metrics.contains("fulfillment_events_handled_seconds_bucket{"), "a histogram, for percentiles");
    }

    @Test
    void theBacklogGaugesAreSampledAndKafkasConsumerLagIsThere() {
        await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains("fulfillment_outbox_unpublished "));
        String metrics = metrics();
        for (String gauge : new String[] {"fulfillment_outbox_oldest_unpublished_age_seconds ",
                "fulfillment_outbox_set_aside ", "fulfillment_events_parked "}) {
            assertTrue(metrics.contains(gauge), gauge + " in:\n" + metrics);
        }
        assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag"), "consumer lag from Kafka's client");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String series) {
        return value(metrics(), series);
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
