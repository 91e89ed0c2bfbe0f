package com.example.fulfillment.systemtest;

import static com.example.fulfillment.systemtest.Faults.say;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.OrderStream.ShopOrder;
import com.example.fulfillment.systemtest.RunningStack.Service;

/**
 * Outages heal by themselves. A steady stream of orders (3 a second) runs through the five services on
 * infrastructure of the test's own ({@link ChaosStack}) while, one after the other, each service is SIGKILLed and
 * restarted, the broker is SIGKILLed and restarted, PostgreSQL is stopped, the SMTP server is stopped and one service
 * is frozen with SIGSTOP. Every gate is automatic; the carrier's signed webhooks and the customers' confirmations come
 * from {@link Deliveries}. No one calls a retry: afterwards every order must be COMPLETED, with nothing lost, nothing
 * done twice, the stock adding up and no dead letter left. The figures are the test's last lines, pass or fail.
 * How long each outage lasts: {@link ChaosDurations}.
 */
class ChaosIT {

    private static final long PROGRESS_EVERY_SECONDS = 10;
    /**
     * notification-service sends one message at a time and commits SENT after the send: the SIGKILL of
     * notification-service and the stop of PostgreSQL can each cut one send after the transport took it, which is
     * then sent again (its documented at-least-once edge). More than that received twice is a fault.
     */
    private static final int SENDS_A_FAULT_CAN_CUT = 2;
    private static final long STARTED = System.nanoTime();

    private static ChaosDurations durations;
    private static ChaosStack chaos;

    @BeforeAll
    static void stack() throws Exception {
        durations = ChaosDurations.fromSystemProperties();
        say("durations " + durations);
        chaos = ChaosStack.shared();
    }

    @Test
    void everyOrderCompletesExactlyOnceThroughEveryOutage() throws Exception {
        OrderStream shop = chaos.orderStream(durations.ordersPerSecond());
        Deliveries world = chaos.deliveries(shop);
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        Faults faults = new Faults(durations.calm());
        try (shop; world) {
            world.start();
            List<ShopOrder> calm = shop.placeOneOfEachShape();
            for (ShopOrder order : calm) {
                chaos.awaitCompleted(order);
            }
            progress.scheduleAtFixedRate(() -> say(faults.clock() + " " + progress(shop)),
                    PROGRESS_EVERY_SECONDS, PROGRESS_EVERY_SECONDS, TimeUnit.SECONDS);
            shop.start();
            faults.calm();
            Throwable faultFailed = null;
            try {
                injectEveryFault(faults);
            } catch (Exception | AssertionError e) {
                // what the stream has placed so far is still audited: the figures say what that fault cost
                faultFailed = e;
                say(faults.clock() + " a fault could not be injected or ended, the rest are skipped: " + e.getMessage());
            }
            shop.stopPlacing();
            Duration settled = settle(shop, faults);
            progress.shutdownNow();
            ChaosAudit audit;
            try {
                audit = new ChaosAudit(chaos.services, chaos.infrastructure).run(shop.orders(), calm, chaos.stocked);
            } catch (Exception e) {
                throw new AssertionError("the figures could not be collected: " + e
                        + (faultFailed == null ? "" : "; a fault failed before: " + faultFailed.getMessage()), e);
            }
            List<String> figures = figures(audit, shop, world, faults, settled);
            if (faultFailed != null) {
                figures.add(0, "a fault failed, the ones after it were skipped: " + faultFailed.getMessage());
            }
            figures.forEach(line -> say(line));
            boolean clean = audit.lost.total() == 0 && audit.duplicated.total() == 0 && audit.stuck() == 0
                    && audit.stockConserved && audit.deadLettersLeft() == 0 && shop.unexpectedAnswers().isEmpty()
                    && audit.receivedTwice.total() <= SENDS_A_FAULT_CAN_CUT;
            assertTrue(clean && faultFailed == null, String.join("\n", figures));
        } finally {
            progress.shutdownNow();
        }
    }

    private static void injectEveryFault(Faults faults) throws Exception {
        RunningStack services = chaos.services;
        ChaosInfrastructure infrastructure = chaos.infrastructure;
        if (durations.killSpacing() == null) {
            for (Service service : Service.values()) {
                faults.inject(service.module + " SIGKILLed and restarted", () -> services.crashAndRestart(service));
            }
        } else {
            faults.inject("each service SIGKILLed in turn, " + durations.killSpacing().toSeconds() + " s apart, "
                    + "and restarted", () -> {
                        for (Service service : Service.values()) {
                            services.kill(service);
                            services.startAgain(service);
                            Thread.sleep(durations.killSpacing().toMillis());
                        }
                        for (Service service : Service.values()) {
                            services.awaitReady(service);
                        }
                    });
        }
        faults.inject("the broker SIGKILLed and restarted", () -> {
            infrastructure.killBroker();
            infrastructure.startBroker();
        });
        faults.inject("PostgreSQL stopped for " + durations.postgresOutage().toSeconds() + " s", () -> {
            infrastructure.stopPostgres();
            Thread.sleep(durations.postgresOutage().toMillis());
            infrastructure.startPostgres();
        });
        faults.inject("the SMTP server stopped for " + durations.smtpOutage().toSeconds() + " s", () -> {
            infrastructure.stopSmtp();
            Thread.sleep(durations.smtpOutage().toMillis());
            infrastructure.startSmtp();
        });
        Service frozen = durations.frozen();
        faults.inject(frozen.module + " frozen (SIGSTOP) for " + durations.freeze().toSeconds() + " s", () -> {
            services.freeze(frozen);
            try {
                Thread.sleep(durations.freeze().toMillis());
            } finally {
                services.thaw(frozen);
            }
        });
    }

    /**
     * Until every order is taken and COMPLETED, every message sent and no dead letter left: how long that took, or
     * null if settleAtMost passed first.
     */
    private static Duration settle(OrderStream shop, Faults faults) throws InterruptedException {
        long began = System.nanoTime();
        long deadline = began + durations.settleAtMost().toNanos();
        say(faults.clock() + " the last fault is over and the stream has stopped: waiting for every order");
        String waitingFor = "";
        while (System.nanoTime() < deadline) {
            String now = waitingFor(shop);
            if (now.isEmpty()) {
                say(faults.clock() + " settled");
                return Duration.ofNanos(System.nanoTime() - began);
            }
            if (!now.equals(waitingFor)) {
                say(faults.clock() + " waiting for " + now);
                waitingFor = now;
            }
            Thread.sleep(2000);
        }
        say(faults.clock() + " not settled after " + durations.settleAtMost().toSeconds() + " s: " + waitingFor);
        return null;
    }

    /** What is not done yet, e.g. "orders not COMPLETED 12, dead letters {billing-service=1}"; empty when all is. */
    private static String waitingFor(OrderStream shop) {
        List<String> open = new ArrayList<>();
        try {
            if (shop.pending() > 0) {
                open.add("orders the shop still retries " + shop.pending());
            }
            Map<String, Long> statuses = chaos.statuses();
            long notCompleted = ChaosStack.ids(shop).size() - statuses.getOrDefault("COMPLETED", 0L);
            if (notCompleted > 0) {
                open.add("orders not COMPLETED " + notCompleted);
            }
            long messages = chaos.pendingMessages();
            if (messages > 0) {
                open.add("messages pending " + messages);
            }
            Map<String, Integer> deadLetters = new ChaosAudit(chaos.services, chaos.infrastructure).deadLettersNow();
            deadLetters.values().removeIf(left -> left == 0);
            if (!deadLetters.isEmpty()) {
                open.add("dead letters pending or parked " + deadLetters);
            }
        } catch (Exception e) {
            open.add("an answer (" + e + ")");
        }
        return String.join(", ", open);
    }

    private static List<String> figures(ChaosAudit audit, OrderStream shop, Deliveries world, Faults faults,
            Duration settled) {
        List<String> lines = new ArrayList<>();
        lines.add("durations " + durations);
        lines.add("faults: " + faults);
        lines.add("the shop's POST /orders was answered: " + shop.answers() + "; answers it should never get: "
                + (shop.unexpectedAnswers().isEmpty() ? "none" : shop.unexpectedAnswers()));
        lines.add("the carrier and the customers were answered: " + world.answers());
        lines.add("lost: " + audit.lost);
        lines.add("duplicated: " + audit.duplicated);
        lines.add("received twice by customers (at most " + SENDS_A_FAULT_CAN_CUT + ": a send cut after the transport "
                + "took it is sent again): " + audit.receivedTwice);
        lines.add("effects the calm order did not have (retries and failures on the way): " + audit.unknownEffects);
        lines.add("settled: " + (settled == null ? "no" : Faults.seconds(settled.toNanos()) + " after the last fault"));
        lines.add("stuck" + (settled != null ? "" : " (still, " + durations.settleAtMost().toSeconds() + " s after the last "
                + "fault)") + ": " + (audit.stuckByStatus.isEmpty() ? "none" : audit.stuckByStatus.entrySet().stream()
                        .map(status -> status.getKey() + " ×" + status.getValue().size() + " (e.g. "
                                + status.getValue().subList(0, Math.min(3, status.getValue().size())) + ")")
                        .collect(Collectors.joining("; "))));
        lines.add("stock: " + String.join("; ", audit.stock));
        lines.add("dead letters pending and events parked: " + audit.deadLetters + "; outbox rows unpublished: "
                + audit.unpublishedOutbox);
        lines.add("took " + Faults.seconds(System.nanoTime() - STARTED) + " since the chaos stack began to start");
        lines.add(String.format("orders %d sent, %d completed, %d lost, %d duplicated, %d stuck, stock %s, "
                + "%d dead letters", audit.sent, audit.completed, audit.lost.total(), audit.duplicated.total(),
                audit.stuck(), audit.stockConserved ? "conserved" : "NOT conserved", audit.deadLettersLeft()));
        return lines;
    }

    private static String progress(OrderStream shop) {
        String placed = "placed " + shop.orders().size() + " (taken " + ChaosStack.ids(shop).size() + ")";
        try {
            return placed + "; order-service: " + chaos.statuses();
        } catch (Exception e) {
            return placed + "; order-service's database: " + e.getMessage();
        }
    }
}
