package com.example.fulfillment.systemtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts by kind, each with the first few orders it was seen on, so that a figure that is not 0 says where to look:
 * {@code timeline step "shipped" ×3 (orders 1f2e…, 77a0…)}.
 */
final class Tally {

    private static final int EXAMPLES = 3;

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();

    void add(String kind, int count, String orderId) {
        if (count <= 0) {
            return;
        }
        counts.merge(kind, count, Integer::sum);
        List<String> seen = examples.computeIfAbsent(kind, key -> new ArrayList<>());
        if (seen.size() < EXAMPLES && !seen.contains(orderId)) {
            seen.add(orderId);
        }
    }

    void addAll(Map<String, Integer> countsByKind, String orderId) {
        countsByKind.forEach((kind, count) -> add(kind, count, orderId));
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        if (counts.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, count) -> parts.add(kind + " ×" + count + " (e.g. " + String.join(", ",
                examples.get(kind)) + ")"));
        return String.join("; ", parts);
    }
}
