import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the saga on a running stack (deploy/stack.sh up): places N orders through order-service, with
 * CONCURRENCY of them in flight, and times each from POST /orders until the order is SHIPPED, i.e. through
 * availability, the Order Verification gate, allocation, invoice, packing, label, transport, the Shipment
 * Details gate and the handover: 5 services and about 15 events. Prints a progress line while it runs, then
 * throughput and latency percentiles. Only the JDK is needed:
 *
 *   java deploy/bench/SagaBenchmark.java [orders=200] [concurrency=8] [orderServiceUrl=http://localhost:8081]
 *
 * Every gate must be on automatic (the stack's default), and the orders are STANDARD with 1 item, so none waits
 * for a person. Stock and prices are created for a fresh sku, so runs never interfere. It acts as the demo
 * identities do: ops (grace) stocks and prices the sku, the shop's client places and reads the orders, with tokens of
 * the local Keycloak (KEYCLOAK_URL, default http://127.0.0.1:8180), fetched once before the run.
 */
public class SagaBenchmark {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\s*:\s*\"([^\"]+)\"");
    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(120);
    private static String shopToken;

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String orderService = args.length > 2 ? args[2] : "http://localhost:8081";
        String inventory = orderService.replace("8081", "8082");
        String billing = orderService.replace("8081", "8083");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String keycloak = System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:8180");
        String ops = token(http, keycloak, "grant_type=password&client_id=fulfillment-cli&username=grace"
                + "&password=grace-password");
        shopToken = token(http, keycloak, "grant_type=client_credentials&client_id=shop&client_secret="
                + System.getenv().getOrDefault("SHOP_CLIENT_SECRET", "shop-secret"));

        String sku = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        send(http, "PUT", inventory + "/products/" + sku, ops, """
                {"name":"Benchmark mug","category":"bench","onHand":%d,"weightGrams":300,"lengthMm":100,\
                "widthMm":100,"heightMm":100,"fragile":false}""".formatted(orders + 10), 201);
        send(http, "PUT", billing + "/prices/" + sku, ops, "{\"unitPrice\":9.90}", 200, 201);
        System.out.printf("saga benchmark: %d orders, %d in flight, sku %s, against %s%n", orders, concurrency, sku,
                orderService);

        List<Long> latenciesMillis = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            int number = i;
            running.add(pool.submit(() -> {
                try {
                    latenciesMillis.add(placeAndAwaitShipped(http, orderService, sku, number));
                } catch (Exception e) {
                    failures.put("order " + number, e.getMessage());
                }
            }));
        }
        long lastProgress = System.nanoTime();
        while (running.stream().anyMatch(f -> !f.isDone())) {
            Thread.sleep(200);
            if (System.nanoTime() - lastProgress > 2_000_000_000L) {
                lastProgress = System.nanoTime();
                System.out.printf("  … %d of %d shipped, %d failed, %.1f s%n", latenciesMillis.size(), orders,
                        failures.size(), (System.nanoTime() - start) / 1e9);
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;

        List<Long> sorted = new ArrayList<>(latenciesMillis);
        Collections.sort(sorted);
        System.out.printf("shipped: %d of %d in %.1f s = %.2f orders/s%n", sorted.size(), orders, seconds,
                sorted.size() / seconds);
        if (!sorted.isEmpty()) {
            System.out.printf("POST /orders → SHIPPED latency: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1));
        }
        failures.forEach((order, reason) -> System.out.println("failed: " + order + ": " + reason));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static long placeAndAwaitShipped(HttpClient http, String orderService, String sku, int number)
            throws Exception {
        String body = """
                {"customer":{"name":"Bench %d","email":"bench-%d@example.com","phone":"+4915100000000"},\
                "shippingAddress":{"recipient":"Bench","street":"Unter den Linden 1","city":"Berlin",\
                "postalCode":"10117","country":"DE"},"shippingMethod":"STANDARD",\
                "lines":[{"sku":"%s","quantity":1}],"notificationChannels":["PORTAL"]}""".formatted(number, number, sku);
        long start = System.nanoTime();
        String created = send(http, "POST", orderService + "/orders", shopToken, body, 201);
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            throw new IllegalStateException("no order id in " + created);
        }
        long deadline = start + ORDER_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher status = STATUS.matcher(send(http, "GET", orderService + "/orders/" + id.group(1), shopToken,
                    null, 200));
            if (status.find() && status.group(1).equals("SHIPPED")) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("order " + id.group(1) + " not SHIPPED within " + ORDER_TIMEOUT.toSeconds() + " s");
    }

    /** An access token of the local Keycloak's realm fulfillment, as deploy/token.sh gets it. */
    private static String token(HttpClient http, String keycloak, String form) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(keycloak
                + "/realms/fulfillment/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak at " + keycloak + " gave no token: " + answer.body());
        }
        return token.group(1);
    }

    private static String send(HttpClient http, String method, String url, String token, String body,
            int... expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
