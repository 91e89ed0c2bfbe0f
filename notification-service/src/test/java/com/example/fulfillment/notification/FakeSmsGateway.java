package com.example.fulfillment.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP SMS gateway for the tests: records what it receives and answers as each test planned. */
public final class FakeSmsGateway {

    public record ReceivedSms(String path, String authorization, String to, String from, String text) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<ReceivedSms> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> plannedStatuses = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeSmsGateway(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** The gateway answers messages to this number with these statuses, in turn; 200 once they are used up. */
    public void answer(String to, Integer... statuses) {
        plannedStatuses.put(to, new ArrayDeque<>(Arrays.asList(statuses)));
    }

    public List<ReceivedSms> receivedFor(String to) {
        return received.stream().filter(sms -> to.equals(sms.to())).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            JsonNode json = mapper.readTree(body);
            String to = json.path("to").asText();
            received.add(new ReceivedSms(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), to, json.path("from").asText(),
                    json.path("text").asText()));
            Deque<Integer> planned = plannedStatuses.get(to);
            Integer status = planned == null ? null : planned.poll();
            byte[] response = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status == null ? 200 : status, response.length);
            exchange.getResponseBody().write(response);
        }
    }
}
