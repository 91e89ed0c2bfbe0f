import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The SMS gateway of the local stack, as GreenMail is its mail server: it takes what notification-service sends
 * (POST /messages, {"to", "from", "text"}, "Authorization: Bearer <key>") and keeps it for people to read instead of
 * texting anyone: GET /messages lists them newest first, GET /messages?to=+4915112345678 one recipient's.
 * <p>
 * Run with a JDK, no build: {@code java deploy/infra/SmsGateway.java}. Settings from the environment:
 * SMS_GATEWAY_HOST (127.0.0.1), SMS_GATEWAY_PORT (3026), SMS_GATEWAY_API_KEY (dev-sms-key, notification-service's
 * default). Messages live in memory only.
 */
public class SmsGateway {

    private static final Pattern TO = Pattern.compile("\"to\"\\s*:\\s*\"([^\"]*)\"");
    private static final int MAX_KEPT = 10_000;

    private final List<String> received = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final String expectedAuthorization;

    SmsGateway(String apiKey) {
        this.expectedAuthorization = "Bearer " + apiKey;
    }

    public static void main(String[] args) throws IOException {
        String host = env("SMS_GATEWAY_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("SMS_GATEWAY_PORT", "3026"));
        SmsGateway gateway = new SmsGateway(env("SMS_GATEWAY_API_KEY", "dev-sms-key"));
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/messages", gateway::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("SMS gateway listening on http://" + host + ":" + port + "/messages");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "POST" -> receive(exchange);
                case "GET" -> list(exchange);
                default -> answer(exchange, 405, "{\"title\":\"Method Not Allowed\",\"status\":405}");
            }
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"wrong or missing API key\"}");
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!body.startsWith("{") || !TO.matcher(body).find()) {
            answer(exchange, 400, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"expected {to, from, text}\"}");
            return;
        }
        long id = ids.incrementAndGet();
        String kept = "{\"id\":" + id + ",\"receivedAt\":\"" + Instant.now() + "\",\"message\":" + body + "}";
        synchronized (received) {
            received.add(0, kept);
            if (received.size() > MAX_KEPT) {
                received.remove(received.size() - 1);
            }
        }
        System.out.println("SMS " + id + ": " + body);
        answer(exchange, 202, "{\"id\":" + id + "}");
    }

    private void list(HttpExchange exchange) throws IOException {
        String to = queryParameter(exchange, "to");
        List<String> matching = new ArrayList<>();
        synchronized (received) {
            for (String message : received) {
                Matcher recipient = TO.matcher(message);
                if (to == null || (recipient.find() && recipient.group(1).equals(to))) {
                    matching.add(message);
                }
            }
        }
        answer(exchange, 200, "[" + String.join(",", matching) + "]");
    }

    private static String queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name) && parts.length == 2) {
                // a phone number's '+' is meant literally here, not as the form encoding of a space
                return URLDecoder.decode(parts[1].replace("+", "%2B"), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
