import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Sends EasyPost Events to every subscribed URL, signed as EasyPost signs them: X-Hmac-Signature:
 * hmac-sha256-hex=&lt;lowercase hex HMAC-SHA256 of the raw body&gt;, keyed with the secret in Unicode NFKD, UTF-8
 * (what EasyPost's client libraries and shipping-service's EasyPostWebhookAdapter verify). A failed delivery is
 * retried after 1, 2, 4 and 8 seconds on the scheduler, so a receiver that is down never holds up the tracker clock.
 */
final class Webhooks {

    static final String SIGNATURE_HEADER = "X-Hmac-Signature";
    private static final long[] RETRY_DELAYS_SECONDS = {1, 2, 4, 8};

    private final List<String> urls = new CopyOnWriteArrayList<>();
    private final byte[] key;
    private final ScheduledExecutorService scheduler;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Webhooks(List<String> configuredUrls, String secret, ScheduledExecutorService scheduler) {
        this.urls.addAll(configuredUrls);
        this.key = Normalizer.normalize(secret, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
        this.scheduler = scheduler;
    }

    boolean subscribe(String url) {
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new ApiError(422, "WEBHOOK.INVALID_URL", "a webhook URL must be http or https: " + url);
        }
        return !urls.contains(url) && urls.add(url);
    }

    boolean unsubscribe(String url) {
        return urls.remove(url);
    }

    JsonArray subscriptions() {
        JsonArray list = new JsonArray();
        urls.forEach(list::add);
        return list;
    }

    String signature(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "hmac-sha256-hex=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** An Event of the given description whose result is the tracker as it is now. */
    void publish(String description, JsonObject tracker, JsonObject previousAttributes) {
        String now = Json.now();
        JsonObject event = new JsonObject();
        event.addProperty("object", "Event");
        event.addProperty("id", Json.id("evt"));
        event.addProperty("mode", "test");
        event.addProperty("description", description);
        event.add("previous_attributes", previousAttributes);
        event.add("result", tracker);
        event.addProperty("status", "pending");
        event.add("pending_urls", subscriptions());
        event.add("completed_urls", new JsonArray());
        event.addProperty("created_at", now);
        event.addProperty("updated_at", now);
        byte[] body = event.toString().getBytes(StandardCharsets.UTF_8);
        String signature = signature(body);
        for (String url : urls) {
            deliver(url, body, signature, Json.text(event, "id"), 0);
        }
    }

    private void deliver(String url, byte[] body, String signature, String eventId, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").header("User-Agent", "EasyPost WebHook Agent 1.0")
                .header(SIGNATURE_HEADER, signature).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() / 100 == 2) {
                return;
            }
            String why = failure != null ? failure.toString() : "HTTP " + response.statusCode();
            if (attempt >= RETRY_DELAYS_SECONDS.length) {
                System.out.println("webhook " + eventId + " to " + url + " dropped after " + (attempt + 1)
                        + " attempts: " + why);
                return;
            }
            long delay = RETRY_DELAYS_SECONDS[attempt];
            System.out.println("webhook " + eventId + " to " + url + " failed (" + why + "), retry in " + delay + "s");
            scheduler.schedule(() -> deliver(url, body, signature, eventId, attempt + 1), delay, TimeUnit.SECONDS);
        });
    }
}
