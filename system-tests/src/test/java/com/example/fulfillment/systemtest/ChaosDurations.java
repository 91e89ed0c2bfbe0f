package com.example.fulfillment.systemtest;

import java.time.Duration;
import java.util.Locale;

import com.example.fulfillment.systemtest.RunningStack.Service;

/**
 * How long the chaos test's outages last, and how hard the shop pushes meanwhile. The short version runs with every
 * {@code ./mvnw verify} (CI: two cores, a few minutes); the long one is the issue's: PostgreSQL and SMTP down for a
 * minute, a service frozen for half of one. Chosen with {@code -Dchaos.durations=short|long} (the profile
 * {@code -Pchaos-long} sets long); {@code -Dchaos.orders-per-second} and {@code -Dchaos.frozen-service} override.
 *
 * @param calm how long the stream runs undisturbed between two faults, so that each one hits a saga in full flow
 * @param killSpacing null: each service is killed and restarted alone, the next one once it is ready again; else the
 *                    five are killed in turn this far apart and restart side by side (the short version: five
 *                    restarts one after the other take longer than CI can spend)
 * @param settleAtMost how long, once the last fault is over, every order may take to complete with no one's help
 */
record ChaosDurations(String name, double ordersPerSecond, Duration calm, Duration killSpacing,
        Duration postgresOutage, Duration smtpOutage, Duration freeze, Service frozen, Duration settleAtMost) {

    static ChaosDurations fromSystemProperties() {
        String name = System.getProperty("chaos.durations", "short").strip().toLowerCase(Locale.ROOT);
        String perSecond = System.getProperty("chaos.orders-per-second", "");
        Service frozen = Service.valueOf(System.getProperty("chaos.frozen-service", "order-service")
                .replace("-service", "").toUpperCase(Locale.ROOT));
        switch (name) {
            case "short":
                return new ChaosDurations(name, rate(perSecond, 1), Duration.ofSeconds(2), Duration.ofSeconds(3),
                        Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(10), frozen,
                        Duration.ofSeconds(150));
            case "long":
                return new ChaosDurations(name, rate(perSecond, 2), Duration.ofSeconds(20), null,
                        Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(30), frozen,
                        Duration.ofSeconds(600));
            default:
                throw new IllegalArgumentException("chaos.durations is short or long, not " + name);
        }
    }

    private static double rate(String asked, double fallback) {
        return asked.isBlank() ? fallback : Double.parseDouble(asked);
    }

    @Override
    public String toString() {
        return name + " (" + ordersPerSecond + " orders/s; services killed " + (killSpacing == null
                ? "one at a time" : "in turn " + killSpacing.toSeconds() + " s apart") + ", PostgreSQL down "
                + postgresOutage.toSeconds() + " s, SMTP down " + smtpOutage.toSeconds() + " s, " + frozen.module + " frozen "
                + freeze.toSeconds() + " s, " + calm.toSeconds() + " s of calm between faults)";
    }
}
