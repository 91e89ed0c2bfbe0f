package com.example.fulfillment.testapp;

import java.util.HashMap;
import java.util.Map;

/**
 * The test application with a broker that answers the relay slowly: the relay's producer holds every record for
 * {@value #LINGER_MS} ms before it sends it (linger.ms), while a relay pass waits only {@value #SEND_TIMEOUT_MS} ms
 * for the answer, so every pass ends with its sends still in flight and the next pass comes while they are.
 */
public class SlowBrokerProfile extends PlatformKitTestApp {

    public static final int LINGER_MS = 3000;
    public static final int SEND_TIMEOUT_MS = 300;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("mp.messaging.outgoing.saga-events-out.linger.ms", String.valueOf(LINGER_MS));
        overrides.put("fulfillment.events.relay.send-timeout", SEND_TIMEOUT_MS + "ms");
        overrides.put("fulfillment.events.relay.initial-backoff", "100ms");
        overrides.put("fulfillment.events.relay.max-backoff", "500ms");
        return overrides;
    }
}
