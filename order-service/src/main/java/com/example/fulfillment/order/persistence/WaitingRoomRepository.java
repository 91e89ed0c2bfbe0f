package com.example.fulfillment.order.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.LockOptions;

import com.example.fulfillment.order.domain.WaitingOrder;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WaitingRoomRepository implements PanacheRepositoryBase<WaitingOrder, String> {

    /**
     * The longest-waiting orders, locked; those another instance is letting in right now are skipped rather than
     * waited for, so that two instances let in different orders.
     */
    public List<WaitingOrder> firstInLineForUpdate(int count) {
        return find("order by seq").page(0, count).withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED).list();
    }
}
