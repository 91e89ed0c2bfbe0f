import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The local carrier platform: the part of EasyPost's v2 API a shipping service uses (shipments and their rates,
 * labels, refunds, trackers, pickups, scan forms, tracker.updated webhooks), so that the dev stack, the tests and
 * the benchmark ship parcels without an EasyPost account. The official EasyPost Java client talks to it with
 * {@code new EasyPostClient(key, "https://127.0.0.1:3027")}: the client appends /v2 itself, and it opens only
 * HttpsURLConnections, hence TLS with a self-signed certificate (deploy/lib/carrier.sh makes it and a trust store
 * beside it). State lives in memory, under one lock: a restart forgets every shipment. A tracker moves by itself,
 * one step every CARRIER_PLATFORM_STEP_SECONDS, from when its parcel is on a scan form: the carrier has it then.
 * <p>
 * Beyond EasyPost: label and manifest files at /labels/{id}.pdf|zpl and /forms/{id}.pdf (public, as EasyPost's
 * are), and an admin API for tests: POST /admin/trackers/{id}/advance, POST /admin/trackers/{id}/scenario
 * {"scenario": normal|delay|failed-attempt|return}, GET|POST|DELETE /admin/webhooks {"url"}.
 * <p>
 * Compiled and started by deploy/lib/carrier.sh with the jars of the "carrier" profile of deploy/infra/pom.xml.
 * Settings from the environment: CARRIER_PLATFORM_HOST (127.0.0.1), CARRIER_PLATFORM_PORT (3027),
 * CARRIER_PLATFORM_API_KEYS (local-easypost-key; comma separated), CARRIER_PLATFORM_STEP_SECONDS (5),
 * CARRIER_PLATFORM_WEBHOOK_URLS (http://localhost:8084/carriers/easypost/webhooks; comma separated, may be empty),
 * CARRIER_PLATFORM_WEBHOOK_SECRET (local-easypost-secret), CARRIER_PLATFORM_KEYSTORE and
 * CARRIER_PLATFORM_KEYSTORE_PASSWORD (a PKCS12 key store), CARRIER_PLATFORM_PUBLIC_URL (https://HOST:PORT, the base
 * of label URLs), CARRIER_PLATFORM_MAX_SHIPMENTS (50000; the oldest are forgotten beyond it).
 */
public class CarrierPlatform {

    private final Set<String> apiKeys;
    private final Shipments shipments;
    private final Trackers trackers;
    private final Handovers handovers;
    private final Webhooks webhooks;

    CarrierPlatform(Set<String> apiKeys, Shipments shipments, Trackers trackers, Handovers handovers,
            Webhooks webhooks) {
        this.apiKeys = apiKeys;
        this.shipments = shipments;
        this.trackers = trackers;
        this.handovers = handovers;
        this.webhooks = webhooks;
    }

    public static void main(String[] args) throws Exception {
        String host = env("CARRIER_PLATFORM_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("CARRIER_PLATFORM_PORT", "3027"));
        String publicUrl = env("CARRIER_PLATFORM_PUBLIC_URL", "https://" + host + ":" + port);
        long stepMillis = Math.round(Double.parseDouble(env("CARRIER_PLATFORM_STEP_SECONDS", "5")) * 1000);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        Object lock = new Object();
        Webhooks webhooks = new Webhooks(list(env("CARRIER_PLATFORM_WEBHOOK_URLS",
                "http://localhost:8084/carriers/easypost/webhooks")),
                env("CARRIER_PLATFORM_WEBHOOK_SECRET", "local-easypost-secret"), scheduler);
        Trackers trackers = new Trackers(lock, scheduler, webhooks, stepMillis);
        Shipments shipments = new Shipments(lock, trackers, scheduler, publicUrl, stepMillis,
                Integer.parseInt(env("CARRIER_PLATFORM_MAX_SHIPMENTS", "50000")));
        CarrierPlatform platform = new CarrierPlatform(Set.copyOf(list(env("CARRIER_PLATFORM_API_KEYS",
                "local-easypost-key"))), shipments, trackers, new Handovers(shipments, trackers, publicUrl), webhooks);

        new TlsHttpServer(tls(System.getenv("CARRIER_PLATFORM_KEYSTORE"),
                env("CARRIER_PLATFORM_KEYSTORE_PASSWORD", "")), host, port, platform::handle).start();
        System.out.println("Carrier platform (EasyPost v2) listening on " + publicUrl + "/v2, step "
                + stepMillis + " ms, webhooks " + webhooks.subscriptions());
    }

    private static SSLContext tls(String keystore, String password) throws Exception {
        if (keystore == null || keystore.isBlank()) {
            throw new IllegalStateException("CARRIER_PLATFORM_KEYSTORE is not set: the EasyPost client speaks only"
                    + " HTTPS (deploy/lib/carrier.sh makes a key store)");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private TlsHttpServer.Response handle(TlsHttpServer.Request request) {
        String method = request.method();
        List<String> path = Arrays.stream(request.path().split("/")).filter(part -> !part.isEmpty()).toList();
        try {
            if (method.equals("GET") && path.size() == 2 && path.get(0).equals("labels")) {
                return label(path.get(1));
            }
            if (method.equals("GET") && path.size() == 2 && path.get(0).equals("forms")
                    && path.get(1).endsWith(".pdf")) {
                return new TlsHttpServer.Response(200, "application/pdf",
                        handovers.manifest(path.get(1).substring(0, path.get(1).length() - 4)));
            }
            authenticate(request);
            JsonObject result = route(method, path, request);
            return new TlsHttpServer.Response(path.size() == 2 && method.equals("POST") ? 201 : 200,
                    "application/json", result.toString().getBytes(StandardCharsets.UTF_8));
        } catch (ApiError e) {
            return new TlsHttpServer.Response(e.status, "application/json",
                    e.toJson().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            e.printStackTrace();
            ApiError error = new ApiError(500, "INTERNAL_SERVER_ERROR", "the carrier platform failed: " + e);
            return new TlsHttpServer.Response(500, "application/json", error.toJson().getBytes(StandardCharsets.UTF_8));
        }
    }

    private JsonObject route(String method, List<String> path, TlsHttpServer.Request exchange) {
        String route = method + " " + path.stream().map(part -> part.startsWith("shp_") || part.startsWith("trk_")
                || part.startsWith("pickup_") || part.startsWith("sf_") ? "{id}" : part)
                .collect(Collectors.joining("/"));
        String id = path.size() > 2 ? path.get(2) : null;
        return switch (route) {
            case "POST v2/shipments" -> shipments.create(wrapped(body(exchange), "shipment"));
            case "GET v2/shipments/{id}" -> shipments.render(id);
            case "POST v2/shipments/{id}/buy" -> shipments.buy(id, body(exchange));
            case "GET v2/shipments/{id}/label" -> shipments.convertLabel(id, query(exchange).get("file_format"));
            case "POST v2/shipments/{id}/refund" -> shipments.refund(id);
            case "GET v2/trackers/{id}" -> trackers.render(id);
            case "POST v2/pickups" -> handovers.createPickup(wrapped(body(exchange), "pickup"));
            case "GET v2/pickups/{id}" -> handovers.pickup(id);
            case "POST v2/pickups/{id}/buy" -> handovers.buyPickup(id, body(exchange));
            case "POST v2/pickups/{id}/cancel" -> handovers.cancelPickup(id);
            case "POST v2/scan_forms" -> handovers.createScanForm(wrapped(body(exchange), "scan_form"));
            case "GET v2/scan_forms/{id}" -> handovers.scanForm(id);
            case "POST admin/trackers/{id}/advance" -> trackers.advance(id);
            case "POST admin/trackers/{id}/scenario" -> {
                trackers.changeScenario(id, String.valueOf(Json.text(body(exchange), "scenario")));
                yield trackers.describeScenario(id);
            }
            case "GET admin/trackers/{id}/scenario" -> trackers.describeScenario(id);
            case "GET admin/webhooks", "POST admin/webhooks", "DELETE admin/webhooks" -> webhookAdmin(method,
                    exchange);
            default -> throw new ApiError(404, "NOT_FOUND", "no such endpoint: " + method + " /"
                    + String.join("/", path));
        };
    }

    private JsonObject webhookAdmin(String method, TlsHttpServer.Request exchange) {
        if (!method.equals("GET")) {
            String url = Json.text(body(exchange), "url");
            if (url == null) {
                url = query(exchange).get("url");
            }
            if (url == null) {
                throw new ApiError(422, "WEBHOOK.MISSING_URL", "give the webhook's url",
                        List.of(new ApiError.FieldError("url", "is required")));
            }
            boolean changed = method.equals("POST") ? webhooks.subscribe(url) : webhooks.unsubscribe(url);
            System.out.println("webhook " + url + (method.equals("POST") ? " subscribed" : " unsubscribed")
                    + (changed ? "" : " (no change)"));
        }
        JsonObject answer = new JsonObject();
        answer.add("urls", webhooks.subscriptions());
        return answer;
    }

    private TlsHttpServer.Response label(String file) {
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1);
        if (!extension.equals("pdf") && !extension.equals("zpl")) {
            throw ApiError.notFound("label", file);
        }
        Documents.Label label = shipments.label(file.substring(0, dot));
        if (extension.equals("pdf")) {
            return new TlsHttpServer.Response(200, "application/pdf", Documents.labelPdf(label));
        }
        return new TlsHttpServer.Response(200, "application/zpl",
                Documents.labelZpl(label).getBytes(StandardCharsets.UTF_8));
    }

    /** The EasyPost client sends "Bearer KEY"; EasyPost also takes HTTP Basic with the key as the user. */
    private void authenticate(TlsHttpServer.Request request) {
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw new ApiError(401, "APIKEY.REQUIRED", "No API key provided: send Authorization: Bearer <key>.");
        }
        String key = null;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = authorization.substring(7).strip();
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                key = credentials.contains(":") ? credentials.substring(0, credentials.indexOf(':')) : credentials;
            } catch (IllegalArgumentException notBase64) {
                key = null;
            }
        }
        if (key == null || !apiKeys.contains(key)) {
            throw new ApiError(401, "APIKEY.INVALID", "The API key provided is not valid.");
        }
    }

    private static JsonObject body(TlsHttpServer.Request request) {
        String text = new String(request.body(), StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return new JsonObject();
        }
        try {
            return JsonParser.parseString(text).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new ApiError(400, "BAD_REQUEST", "the body is not a JSON object: " + e.getMessage());
        }
    }

    /** EasyPost's create calls wrap the object, {"shipment": {...}}; an unwrapped body is taken as it is. */
    private static JsonObject wrapped(JsonObject body, String name) {
        JsonObject inner = Json.object(body, name);
        return inner != null ? inner : body;
    }

    private static Map<String, String> query(TlsHttpServer.Request request) {
        Map<String, String> parameters = new HashMap<>();
        String query = request.rawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
