package com.example.fulfillment.events.model;

public record Customer(String name, String email, String phone) {
}
