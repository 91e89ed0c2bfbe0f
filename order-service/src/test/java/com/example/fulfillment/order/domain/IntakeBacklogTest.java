package com.example.fulfillment.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.domain.Busy;
import com.example.fulfillment.order.persistence.OrderRepository;

class IntakeBacklogTest {

    private final AtomicLong inSaga = new AtomicLong();
    private final OrderRepository orders = new OrderRepository() {
        @Override
        public long countInSagaSteps() {
            if (inSaga.get() < 0) {
                throw new IllegalStateException("the database is away");
            }
            return inSaga.get();
        }
    };
    private final IntakeBacklog intake = new IntakeBacklog(orders, new IntakeConfig() {
        @Override
        public int maxBacklog() {
            return 3;
        }

        @Override
        public Duration retryAfter() {
            return Duration.ofSeconds(7);
        }

        @Override
        public Duration countEvery() {
            return Duration.ofSeconds(1);
        }

        @Override
        public int inFlight() {
            return 100;
        }

        @Override
        public int letInAtOnce() {
            return 100;
        }

        @Override
        public Duration admitEvery() {
            return Duration.ofMillis(250);
        }
    });

    @Test
    void ordersAreAdmittedUpToTheBoundAndTheNextIsRefusedWithTheTimeToComeBack() {
        intake.admit();
        intake.admit();
        intake.admit();

        Busy refused = assertThrows(Busy.class, intake::admit);
        assertEquals(Duration.ofSeconds(7), refused.retryAfter());
        assertEquals(3, intake.backlog());
    }

    @Test
    void theCountReplacesWhatWasAdmittedSoOrdersThatMovedOnMakeRoom() {
        intake.admit();
        intake.admit();
        intake.admit();
        inSaga.set(1); // two of the three went through the saga's steps meanwhile
        intake.count();

        assertEquals(1, intake.backlog());
        intake.admit();
        intake.admit();
        assertThrows(Busy.class, intake::admit);
    }

    @Test
    void aBacklogCountedAtTheBoundRefusesUntilACountFindsItSmaller() {
        inSaga.set(5); // another instance took orders, or they were taken before a restart
        intake.count();
        assertThrows(Busy.class, intake::admit);

        inSaga.set(2);
        intake.count();
        intake.admit();
        assertEquals(3, intake.backlog());
    }

    @Test
    void aCountThatFailsKeepsWhatWasKnown() {
        intake.admit();
        intake.admit();
        inSaga.set(-1);
        intake.count();

        assertEquals(2, intake.backlog());
        intake.admit();
        assertThrows(Busy.class, intake::admit);
    }
}
