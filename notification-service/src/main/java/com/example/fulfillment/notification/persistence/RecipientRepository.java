package com.example.fulfillment.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.notification.domain.Recipient;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, String> {
}
