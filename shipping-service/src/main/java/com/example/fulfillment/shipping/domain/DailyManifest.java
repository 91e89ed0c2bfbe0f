package com.example.fulfillment.shipping.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.shipping.persistence.ClosedManifestRepository;
import com.example.fulfillment.shipping.persistence.ShipmentRepository;

import io.quarkus.scheduler.Scheduled;

/**
 * The warehouse closes the day's manifest: every approved parcel from the carrier platform that is on no scan form
 * yet goes on one, the form the driver scans at the dock instead of every parcel. With
 * {@link ManifestClosing#DAILY} that is how parcels reach the carrier; with ON_APPROVAL each has its own form
 * already and a closing finds nothing. Closed at the configured time of day, or by hand (POST /manifests).
 * <p>
 * The parcels are locked while their form is made: a second closing at the same moment (another instance, a
 * person) waits and then finds them on a form, and a cancellation waits for the closing to end.
 */
@ApplicationScoped
public class DailyManifest {

    /** Who closed a manifest the schedule closed. */
    public static final String SCHEDULE = "daily schedule";

    private static final Logger LOG = Logger.getLogger(DailyManifest.class);

    private final ShipmentRepository shipments;
    private final ClosedManifestRepository manifests;
    private final CarrierPlatformShipping platform;
    private final Clock clock;

    DailyManifest(ShipmentRepository shipments, ClosedManifestRepository manifests, CarrierPlatformShipping platform,
            Clock clock) {
        this.shipments = shipments;
        this.manifests = manifests;
        this.platform = platform;
        this.clock = clock;
    }

    /**
     * One scan form for every parcel waiting for one; empty when none waits. The platform may refuse
     * ({@link CarrierPlatformRefused}) or be away ({@link CarrierPlatformUnavailable}): then nothing changed here
     * and the parcels keep waiting for the next closing.
     */
    @Transactional
    public Optional<ClosedManifest> close(String closedBy) {
        List<Shipment> waiting = shipments.awaitingManifestForUpdate();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Manifest form = platform.putOnOneScanForm(waiting);
        ClosedManifest closed = new ClosedManifest(form, waiting.stream().map(Shipment::getOrderId).toList(),
                closedBy, Instant.now(clock));
        manifests.persist(closed);
        LOG.infof("manifest %s closed by %s with %d parcels", closed.getId(), closedBy, waiting.size());
        return Optional.of(closed);
    }

    @Transactional
    public long waiting() {
        return shipments.countAwaitingManifest();
    }

    @Transactional
    public List<ClosedManifest> latest(int count) {
        return manifests.latest(count);
    }

    @Transactional
    public Optional<ClosedManifest> find(String id) {
        return manifests.findByIdOptional(id);
    }

    @Scheduled(cron = "${fulfillment.shipping.handover.daily-close}",
            timeZone = "${fulfillment.shipping.zone}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeTheDay() {
        try {
            close(SCHEDULE);
        } catch (CarrierPlatformUnavailable | CarrierPlatformRefused e) {
            // the parcels stay waiting and visible (GET /manifests); the warehouse closes by hand once it can
            LOG.errorf("the day's manifest could not be closed: %s; close it with POST /manifests", e.getMessage());
        }
    }
}
