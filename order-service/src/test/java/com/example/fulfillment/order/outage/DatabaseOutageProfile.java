package com.example.fulfillment.order.outage;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** order-service on a PostgreSQL of its own ({@link OwnPostgres}), which its test stops and starts. */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // transactions cut by the stop may leave heuristic records: under target/, not in the module's folder
        return Map.of("quarkus.transaction-manager.object-store.directory", "target/ObjectStore");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OwnPostgres.class));
    }
}
