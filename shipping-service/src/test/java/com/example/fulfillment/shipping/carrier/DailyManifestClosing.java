package com.example.fulfillment.shipping.carrier;

import java.util.HashMap;
import java.util.Map;

/** On the carrier platform, with approved parcels waiting for the warehouse to close the day's manifest by hand. */
public class DailyManifestClosing extends CarrierPlatformLabels {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("fulfillment.shipping.handover.manifests", "DAILY");
        overrides.put("fulfillment.shipping.handover.daily-close", "off");
        return overrides;
    }
}
