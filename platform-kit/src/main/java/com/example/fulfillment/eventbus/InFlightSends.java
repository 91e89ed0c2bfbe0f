package com.example.fulfillment.eventbus;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import com.example.fulfillment.eventbus.OutboxRows.Row;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * The relay's sends that the broker has not answered yet. A send stays here until the broker acknowledges or refuses
 * it, however many passes that takes (the Kafka producer retries by itself until its delivery timeout), so that no
 * pass sends a row again while it is still in flight.
 */
final class InFlightSends {

    /** The sends the broker answered: acknowledged, or failed with the broker's (or the producer's) reason. */
    record Answered(List<Row> acknowledged, List<Failed> failed) {
    }

    record Failed(Row row, Throwable failure) {
    }

    private record Send(Row row, CompletableFuture<Void> answer) {
    }

    private final Emitter<String> emitter;
    private final Map<Long, Send> inFlight = new ConcurrentHashMap<>();

    InFlightSends(Emitter<String> emitter) {
        this.emitter = emitter;
    }

    int count() {
        return inFlight.size();
    }

    /** Hands the row to the Kafka channel, keyed by its order id; {@link #await} tells how the broker answered. */
    void send(Row row) {
        CompletableFuture<Void> answer = new CompletableFuture<>();
        inFlight.put(row.seq(), new Send(row, answer));
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventEnvelope.MEDIA_TYPE.getBytes(StandardCharsets.UTF_8));
        // lets dashboards and consumers filter by type without parsing the body
        headers.add(EventEnvelope.TYPE_HEADER, row.type().getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String> builder()
                .withKey(row.orderId())
                .withHeaders(headers)
                .build();
        try {
            emitter.send(Message.of(row.envelope(), Metadata.of(kafka))
                    .withAck(() -> {
                        answer.complete(null);
                        return CompletableFuture.completedFuture(null);
                    })
                    .withNack(failure -> {
                        answer.completeExceptionally(failure);
                        return CompletableFuture.completedFuture(null);
                    }));
        } catch (RuntimeException e) {
            // the channel took nothing (saturated, or closing): as good as a failed send
            answer.completeExceptionally(e);
        }
    }

    /**
     * Waits up to the timeout for every send in flight to be answered, and hands over the answered ones in the order
     * of their rows; the others stay in flight.
     */
    Answered await(Duration timeout) {
        CompletableFuture<?>[] answers = inFlight.values().stream().map(Send::answer)
                .toArray(CompletableFuture<?>[]::new);
        try {
            CompletableFuture.allOf(answers).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // some failed, or not all answered in time: each is looked at below
        }
        List<Row> acknowledged = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        List<Send> answered = inFlight.values().stream().filter(send -> send.answer().isDone())
                .sorted(Comparator.comparingLong(send -> send.row().seq())).toList();
        for (Send send : answered) {
            inFlight.remove(send.row().seq());
            try {
                send.answer().join();
                acknowledged.add(send.row());
            } catch (RuntimeException e) {
                failed.add(new Failed(send.row(), e.getCause() != null ? e.getCause() : e));
            }
        }
        return new Answered(acknowledged, failed);
    }
}
