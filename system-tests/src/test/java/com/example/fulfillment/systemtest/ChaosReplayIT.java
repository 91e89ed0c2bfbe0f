package com.example.fulfillment.systemtest;

import static com.example.fulfillment.systemtest.Faults.say;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.OrderStream.ShopOrder;
import com.example.fulfillment.systemtest.RunningStack.Service;

/**
 * A consumer group reset to the beginning of the saga topic, as ops do to rebuild a service or by mistake: the
 * service is stopped, its group's offsets are moved to the first record of every partition with Kafka's AdminClient,
 * and it is started again, to read every event of every order once more. Idempotent consumers make that harmless:
 * no order changes status, no step, invoice, label, message or stock movement is added. Runs on the chaos stack
 * after {@link ChaosIT} (failsafe runs the chaos tests in alphabetical order), so it replays what the chaos did;
 * alone, it replays a few orders of its own. The service: -Dchaos.replay=order-service (default), a list, or all.
 */
class ChaosReplayIT {

    private static ChaosStack chaos;

    @BeforeAll
    static void stack() throws Exception {
        chaos = ChaosStack.shared();
    }

    @Test
    void readingTheSagaTopicAgainFromTheBeginningChangesNothing() throws Exception {
        List<Service> replayed = replayedServices();
        try (ConsumerGroups groups = chaos.consumerGroups(); OrderStream shop = chaos.orderStream(1);
                Deliveries world = chaos.deliveries(shop)) {
            world.start();
            for (ShopOrder order : List.of(shop.placeOne(), shop.placeOne(), shop.placeOne())) {
                chaos.awaitCompleted(order);
            }
            chaos.awaitQuiet();
            StateCounts before = StateCounts.take(chaos.services);
            long records = groups.records();
            long began = System.nanoTime();
            for (Service service : replayed) {
                chaos.services.stop(service);
                groups.resetToEarliest(service.module, Duration.ofSeconds(30));
            }
            for (Service service : replayed) {
                chaos.services.restart(service);
            }
            chaos.awaitQuiet();
            List<String> changes = before.changesTo(StateCounts.take(chaos.services));
            say("replay: " + replayed.stream().map(service -> service.module).toList() + " read the saga topic's "
                    + records + " records again from the beginning, done in " + Faults.seconds(System.nanoTime() - began)
                    + ": " + (changes.isEmpty() ? "nothing changed" : changes.size() + " counts changed: " + changes)
                    + " (" + before.size() + " counts compared; " + before.count("order-service: orders COMPLETED")
                    + " orders COMPLETED)");
            assertEquals(List.of(), changes, "what reading the saga topic again changed");
        }
    }

    private static List<Service> replayedServices() {
        String names = System.getProperty("chaos.replay", "order-service").strip();
        if (names.equals("all")) {
            return List.of(Service.values());
        }
        return Arrays.stream(names.split(",")).map(String::strip)
                .map(name -> Service.valueOf(name.replace("-service", "").toUpperCase(Locale.ROOT))).toList();
    }
}
