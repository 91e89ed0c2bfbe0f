package com.example.fulfillment.testapp;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a test consumer did about an event, written in the handler's transaction. */
@Entity
@Table(name = "test_effect")
public class TestEffect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String consumer;
    UUID eventId;
    String orderId;
    String eventType;
    String step;

    protected TestEffect() {
    }

    TestEffect(String consumer, UUID eventId, String orderId, String eventType, String step) {
        this.consumer = consumer;
        this.eventId = eventId;
        this.orderId = orderId;
        this.eventType = eventType;
        this.step = step;
    }
}
