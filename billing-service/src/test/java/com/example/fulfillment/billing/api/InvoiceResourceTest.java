package com.example.fulfillment.billing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InvoiceResourceTest {

    @Test
    void an_order_without_an_invoice_is_a_not_found_problem() {
        String orderId = UUID.randomUUID().toString();
        given().get("/invoices/{orderId}", orderId).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("detail", containsString(orderId));
        given().get("/invoices/{orderId}/document", orderId).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }
}
