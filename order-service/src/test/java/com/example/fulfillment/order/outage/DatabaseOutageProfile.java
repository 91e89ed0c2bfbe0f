package com.example.fulfillment.order.outage;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** order-service on a PostgreSQL of its own ({@link OwnPostgres}), which its test stops and starts. */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OwnPostgres.class));
    }
}
