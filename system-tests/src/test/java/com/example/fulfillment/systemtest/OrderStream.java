package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shop's checkout as a steady stream of orders of three shapes ({@link #CHANNELS}): one customer in four is told
 * by e-mail, text message and on the portal, one by e-mail and on the portal, two on the portal only.
 * notification-service sends e-mails and texts one at a time (about five a second on two cores); telling every
 * customer every way would make its backlog, not the outages, what the test measures. Orders are placed the way a careful shop places them: each with an
 * Idempotency-Key of its own, and, until the platform has taken it, retried with the same key and the same body: after
 * the Retry-After of a 503, or a second after a refused connection or a request left unanswered (a frozen service).
 * A 500 is retried too (the shop cannot tell it from a 503 without Retry-After), but noted: the platform should
 * never answer it. A 4xx is a refusal the shop does not retry.
 */
final class OrderStream implements AutoCloseable {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final long RETRY_AFTER_CAP_SECONDS = 30;
    private static final int UNEXPECTED_KEPT = 10;
    /** The channels of the n-th order are CHANNELS[n % 4]. */
    static final List<List<String>> CHANNELS = List.of(List.of("EMAIL", "SMS", "PORTAL"), List.of("EMAIL", "PORTAL"),
            List.of("PORTAL"), List.of("PORTAL"));

    /** One order as the shop tries to place it, and what became of that. */
    static final class ShopOrder {
        final int number;
        final String idempotencyKey = UUID.randomUUID().toString();
        final String email;
        final String phone;
        final Map<String, Integer> lines;
        /** How the customer is told: the channels, e.g. "EMAIL, PORTAL". */
        final String shape;
        final String body;
        final AtomicInteger attempts = new AtomicInteger();
        /** order-service's id for it, once a 201 or 200 said so. */
        volatile String id;
        /** a 4xx answer: the shop gave up on this order. */
        volatile String refusal;

        ShopOrder(int number, String run, Map<String, Integer> lines) {
            this.number = number;
            this.email = "chaos-" + run + "-" + number + "@example.com";
            this.phone = "+49151" + (10_000_000 + number);
            this.lines = lines;
            Object[] skuAndQuantity = lines.entrySet().stream()
                    .flatMap(line -> java.util.stream.Stream.of(line.getKey(), line.getValue())).toArray();
            Map<String, Object> order = Shop.order(email, "STANDARD", skuAndQuantity);
            order.put("customer", Map.of("name", "Chaos Customer " + number, "email", email, "phone", phone));
            List<String> channels = CHANNELS.get(number % CHANNELS.size());
            order.put("notificationChannels", channels);
            this.shape = String.join(", ", channels);
            this.body = Http.json(order);
        }

        int units() {
            return lines.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final String ordersUrl;
    private final List<String> skus;
    private final long periodMillis;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final Random random = new Random(42);
    private final Http http = new Http(ANSWER_TIMEOUT, Identity.SHOP);
    private final ScheduledExecutorService shop = Executors.newScheduledThreadPool(32, runnable -> {
        Thread thread = new Thread(runnable, "chaos-shop");
        thread.setDaemon(true);
        return thread;
    });
    private final List<ShopOrder> orders = new CopyOnWriteArrayList<>();
    /** How often each kind of answer came: "201", "503 with Retry-After", "connection refused", ... */
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> placing;

    OrderStream(String orderServiceUrl, List<String> skus, double ordersPerSecond) {
        this.ordersUrl = orderServiceUrl + "/orders";
        this.skus = skus;
        this.periodMillis = Math.round(1000 / ordersPerSecond);
    }

    void start() {
        placing = shop.scheduleAtFixedRate(this::placeNext, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** No new orders from now on; those not yet taken keep being retried. */
    void stopPlacing() {
        placing.cancel(false);
    }

    /** One order of one or two lines, one to three units each, through the same path as the stream's. */
    ShopOrder placeOne() {
        ShopOrder order = next();
        attempt(order);
        return order;
    }

    /** One order of each shape, e.g. placed in calm as the measure of the others. */
    List<ShopOrder> placeOneOfEachShape() {
        List<ShopOrder> placed = new ArrayList<>();
        for (int i = 0; i < CHANNELS.size(); i++) {
            ShopOrder order = placeOne();
            if (placed.stream().noneMatch(other -> other.shape.equals(order.shape))) {
                placed.add(order);
            }
        }
        return placed;
    }

    List<ShopOrder> orders() {
        return List.copyOf(orders);
    }

    /** Orders neither taken nor refused yet: the shop is still retrying them. */
    long pending() {
        return orders.stream().filter(order -> order.id == null && order.refusal == null).count();
    }

    /** What the platform answered, e.g. {"201": 170, "503 with Retry-After": 40, "connection refused": 12}. */
    Map<String, Long> answers() {
        Map<String, Long> counts = new TreeMap<>();
        answers.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    /** Answers the platform should never give: a 5xx other than 503, a 4xx to a well-formed order. */
    List<String> unexpectedAnswers() {
        return List.copyOf(unexpected);
    }

    private void placeNext() {
        attempt(next());
    }

    private synchronized ShopOrder next() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        int lineCount = 1 + random.nextInt(2);
        List<String> shuffled = new ArrayList<>(skus);
        java.util.Collections.shuffle(shuffled, random);
        for (String sku : shuffled.subList(0, lineCount)) {
            lines.put(sku, 1 + random.nextInt(3));
        }
        ShopOrder order = new ShopOrder(orders.size() + 1, run, lines);
        orders.add(order);
        return order;
    }

    private void attempt(ShopOrder order) {
        order.attempts.incrementAndGet();
        long retryInSeconds;
        try {
            Http.Answer answer = http.post(ordersUrl, order.body, "Idempotency-Key", order.idempotencyKey);
            if (answer.status() == 201 || answer.status() == 200) {
                count(String.valueOf(answer.status()));
                order.id = answer.json().get("id").asText();
                return;
            }
            if (answer.status() == 503) {
                count(answer.retryAfterSeconds().isPresent() ? "503 with Retry-After" : "503 without Retry-After");
                retryInSeconds = Math.min(RETRY_AFTER_CAP_SECONDS, answer.retryAfterSeconds().orElse(1));
            } else {
                count(String.valueOf(answer.status()));
                note(order, answer.status() + " " + answer.body());
                if (answer.status() < 500) {
                    order.refusal = answer.status() + " " + answer.body();
                    return;
                }
                retryInSeconds = 1;
            }
        } catch (HttpTimeoutException e) {
            count("no answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
            retryInSeconds = 1;
        } catch (ConnectException e) {
            count("connection refused");
            retryInSeconds = 1;
        } catch (IOException e) {
            count("connection lost (" + e.getClass().getSimpleName() + ")");
            retryInSeconds = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!shop.isShutdown()) {
            shop.schedule(() -> attempt(order), retryInSeconds, TimeUnit.SECONDS);
        }
    }

    private void count(String kind) {
        answers.computeIfAbsent(kind, key -> new AtomicLong()).incrementAndGet();
    }

    private void note(ShopOrder order, String answer) {
        if (unexpected.size() < UNEXPECTED_KEPT) {
            unexpected.add("order " + order.number + ", attempt " + order.attempts.get() + ": "
                    + answer.substring(0, Math.min(300, answer.length())));
        }
    }

    @Override
    public void close() {
        shop.shutdownNow();
    }
}
