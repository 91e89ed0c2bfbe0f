package com.example.fulfillment.eventbus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How EventBusHousekeeping deletes: in batches, each its own short transaction, so that a purge never holds
 * locks on a large share of a table or keeps one long transaction open beside the relay and the consumers. The
 * retentions themselves are in EventBusConfig.Housekeeping.
 */
@ConfigMapping(prefix = "fulfillment.events.housekeeping")
public interface HousekeepingBatches {

    /** Rows deleted per transaction. */
    @WithDefault("5000")
    int batchSize();

    /**
     * Batches per table and run at most: a backlog (after a long stop, say) is worked off over several runs
     * instead of by one that never ends.
     */
    @WithDefault("200")
    int maxBatchesPerRun();
}
