import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rate, open loop: orders are due at fixed intervals and each is sent when due, whether or not the earlier ones
 * were answered, and timed from when it was due, so a slow answer is not hidden by a late send. The customer
 * confirms each delivery as soon as the order ships, seen through one listing per second of the run's own orders
 * (the run has a customer e-mail of its own), never a poll per order. Afterwards each order's server-side timeline
 * is read once, for the latencies RECEIVED → SHIPPED and RECEIVED → COMPLETED.
 */
final class OpenLoop {

    /** An order sent: when it was due, how long its POST took from then, its status and id. */
    record Placed(long dueMillis, long answerMillis, int status, String orderId) {
    }

    /** An order's life on the server, and when it was due (milliseconds into the run). */
    record Life(String orderId, long dueMillis, Instant received, Instant shipped, Instant completed) {
    }

    record Outcome(double rate, int offered, List<Placed> placed, List<Life> lives, int stuck, double loadSeconds,
            Instant started) {
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern STEP = Pattern.compile(
            "\"at\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"step\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern CREATED = Pattern.compile("\"createdAt\"\\s*:\\s*\"([^\"]+)\"");

    private final Api api;
    private final String sku;

    OpenLoop(Api api, String sku) {
        this.api = api;
        this.sku = sku;
    }

    Outcome run(double rate, Duration duration, Duration patience) throws Exception {
        String customer = java.net.URLEncoder.encode("bench-" + Long.toString(System.nanoTime(), 36) + "@example.com",
                java.nio.charset.StandardCharsets.UTF_8);
        int offered = (int) Math.round(rate * duration.toSeconds());
        List<Placed> placed = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch answered = new CountDownLatch(offered);
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        Instant started = Instant.now();
        long start = System.nanoTime();
        Thread customerSide = new Thread(() -> confirmShipped(customer, confirmed), "customer");
        customerSide.setDaemon(true);
        customerSide.start();
        for (int i = 0; i < offered; i++) {
            long due = start + (long) (i * 1e9 / rate);
            LockSupport.parkNanos(due - System.nanoTime());
            api.asShopLater("POST", api.intakeUrl(i) + "/orders", order(customer, i)).whenComplete((answer, failure) -> {
                long took = (System.nanoTime() - due) / 1_000_000;
                Matcher id = failure == null ? ID.matcher(answer.body()) : null;
                placed.add(new Placed((due - start) / 1_000_000, took, failure == null ? answer.status() : 0,
                        id != null && answer.status() == 201 && id.find() ? id.group(1) : null));
                answered.countDown();
            });
            if (i % Math.max(1, (int) rate) == 0) {
                Progress.line("rate %.0f/s: %d of %d sent, %d answered, %d confirmed", rate, i, offered,
                        offered - answered.getCount(), confirmed.size());
            }
        }
        answered.await();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long accepted = placed.stream().filter(p -> p.orderId() != null).count();
        int completed = awaitCompleted(customer, accepted, patience, rate, confirmed);
        customerSide.interrupt();
        Progress.done();
        List<Life> lives = new ArrayList<>();
        for (Placed order : placed) {
            if (order.orderId() != null) {
                lives.add(lifeOf(order.dueMillis(), order.orderId()));
            }
        }
        return new Outcome(rate, offered, List.copyOf(placed), lives, (int) (accepted - completed), loadSeconds,
                started);
    }

    /** Waits until every accepted order completed, or until none completed for patience: those are stuck. */
    private int awaitCompleted(String customer, long accepted, Duration patience, double rate, Set<String> confirmed)
            throws Exception {
        int completed = 0;
        long lastProgress = System.nanoTime();
        while (completed < accepted && System.nanoTime() - lastProgress < patience.toNanos()) {
            Thread.sleep(1000);
            int now = count(customer, "COMPLETED");
            if (now > completed) {
                completed = now;
                lastProgress = System.nanoTime();
            }
            Progress.line("rate %.0f/s: all sent; %d of %d completed, %d confirmed", rate, completed, accepted,
                    confirmed.size());
        }
        return completed;
    }

    /**
     * The customer: confirms, once, every order of the run that has shipped. DELIVERED is listed too: with a fast
     * carrier clock an order can pass SHIPPED between two listings, and would otherwise wait for ever.
     */
    private void confirmShipped(String customer, Set<String> confirmed) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                for (String status : List.of("SHIPPED", "DELIVERED")) {
                    confirmListed(customer, status, confirmed);
                }
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                Progress.note("customer: " + e.getMessage());
            }
        }
    }

    private void confirmListed(String customer, String status, Set<String> confirmed) throws Exception {
        for (int page = 0; ; page++) {
            Api.Answer shipped = api.asShop("GET", api.orderUrl + "/orders?status=" + status
                    + "&size=200&page=" + page + "&customer=" + customer, null);
            Matcher id = ID.matcher(shipped.body());
            int seen = 0;
            while (id.find()) {
                seen++;
                if (confirmed.add(id.group(1))) {
                    api.asShopLater("POST", api.orderUrl + "/orders/" + id.group(1) + "/delivery-confirmation",
                            "{\"condition\":\"GOOD\"}");
                }
            }
            if (seen < 200) {
                break;
            }
        }
    }

    private int count(String customer, String status) throws Exception {
        Matcher total = TOTAL.matcher(api.asShop("GET", api.orderUrl + "/orders?size=1&status=" + status
                + "&customer=" + customer, null).body());
        return total.find() ? Integer.parseInt(total.group(1)) : 0;
    }

    private Life lifeOf(long dueMillis, String orderId) throws Exception {
        String view = api.asShop("GET", api.orderUrl + "/orders/" + orderId, null).body();
        Matcher created = CREATED.matcher(view);
        Instant received = created.find() ? Instant.parse(created.group(1)) : null;
        Instant shipped = null;
        Instant completed = null;
        Matcher step = STEP.matcher(view);
        while (step.find()) {
            if (step.group(2).equals("SHIPPED") && shipped == null) {
                shipped = Instant.parse(step.group(1));
            } else if (step.group(2).equals("COMPLETED")) {
                completed = Instant.parse(step.group(1));
            }
        }
        return new Life(orderId, dueMillis, received, shipped, completed);
    }

    private String order(String customer, int number) {
        String email = java.net.URLDecoder.decode(customer, java.nio.charset.StandardCharsets.UTF_8);
        return """
                {"customer":{"name":"Bench %d","email":"%s","phone":"+4915100000000"},\
                "shippingAddress":{"recipient":"Bench","street":"Unter den Linden 1","city":"Berlin",\
                "postalCode":"10117","country":"DE"},"shippingMethod":"STANDARD",\
                "lines":[{"sku":"%s","quantity":1}],"notificationChannels":["PORTAL"]}""".formatted(number, email, sku);
    }

}
