package com.example.fulfillment.inventory.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "inventory")
public interface InventoryConfig {

    Alternatives alternatives();

    interface Alternatives {
        /**
         * Offer in-stock products of the short product's category when none of its configured alternatives
         * can serve the line.
         */
        @WithDefault("true")
        boolean sameCategoryFallback();

        /** How many alternatives one shortage offers at most. */
        @WithDefault("3")
        int max();
    }
}
