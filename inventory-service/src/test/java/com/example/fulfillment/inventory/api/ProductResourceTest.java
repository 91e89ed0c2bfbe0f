package com.example.fulfillment.inventory.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.inventory.Products;
import com.example.fulfillment.inventory.domain.AllocationService;
import com.example.fulfillment.inventory.domain.RequestedLine;
import com.example.fulfillment.inventory.domain.StockCheckService;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProductResourceTest {

    @Inject
    StockCheckService stockCheck;
    @Inject
    AllocationService allocation;

    @Test
    void createsThenUpdatesAProduct() {
        String sku = Products.freshSku("LAMP");
        Map<String, Object> body = Products.body("lighting", 4);
        body.put("expectedRestockDate", "2026-12-24");
        body.put("alternativeSkus", List.of("LAMP-B"));
        Products.put(sku, body).statusCode(201)
                .body("sku", equalTo(sku))
                .body("onHand", equalTo(4))
                .body("reserved", equalTo(0))
                .body("available", equalTo(4))
                .body("fragile", equalTo(true))
                .body("expectedRestockDate", equalTo("2026-12-24"))
                .body("alternativeSkus", contains("LAMP-B"));

        body.put("onHand", 9);
        body.put("name", "Desk lamp");
        Products.put(sku, body).statusCode(200).body("onHand", equalTo(9)).body("name", equalTo("Desk lamp"));
        Products.get(sku).statusCode(200).body("available", equalTo(9)).body("weightGrams", equalTo(350));
        given().when().get("/products").then().statusCode(200).body("sku", hasItems(sku));
    }

    @Test
    void anUnknownProductIsAProblem() {
        Products.get("NOPE-" + UUID.randomUUID()).statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void invalidFieldsAreNamed() {
        Map<String, Object> body = Products.body("lighting", -1);
        body.put("weightGrams", 0);
        body.remove("name");
        body.put("alternativeSkus", List.of("OK", " "));
        Products.put(Products.freshSku("BAD"), body).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("onHand", "weightGrams", "name", "alternativeSkus[1]"));
    }

    @Test
    void aStockReceiptNeedsAPositiveQuantity() {
        String sku = Products.create("lighting", 1);
        given().contentType(ContentType.JSON).body(Map.of("quantity", 0))
                .when().post("/products/{sku}/stock-receipts", sku)
                .then().statusCode(400).body("violations[0].field", equalTo("quantity"));
        given().contentType(ContentType.JSON).body(Map.of("quantity", 3, "note", "delivery 4711"))
                .when().post("/products/{sku}/stock-receipts", sku)
                .then().statusCode(200).body("onHand", equalTo(4));
    }

    @Test
    void onHandCannotFallBelowWhatIsReserved() {
        String sku = Products.create("lighting", 5);
        String orderId = UUID.randomUUID().toString();
        stockCheck.check(orderId, List.of(new RequestedLine(sku, 3)));
        allocation.allocate(orderId, List.of(new RequestedLine(sku, 3)));

        Products.put(sku, Products.body("lighting", 2)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", startsWith("product " + sku + " has 3 units reserved"));
        Products.put(sku, Products.body("lighting", 3)).statusCode(200)
                .body("reserved", equalTo(3)).body("available", equalTo(0));
    }

    @Test
    void restockDateAndAlternativesCanBeSetAlone() {
        String sku = Products.create("lighting", 0);
        given().contentType(ContentType.JSON).body(Map.of("expectedRestockDate", LocalDate.of(2027, 1, 15).toString()))
                .when().put("/products/{sku}/restock", sku)
                .then().statusCode(200).body("expectedRestockDate", equalTo("2027-01-15"));
        given().contentType(ContentType.JSON).body(Map.of("skus", List.of("A-1", "B-2")))
                .when().put("/products/{sku}/alternatives", sku)
                .then().statusCode(200).body("alternativeSkus", contains("A-1", "B-2"));
        given().contentType(ContentType.JSON).body(Map.of("skus", List.of("A-1")))
                .when().put("/products/{sku}/alternatives", "NOPE-" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void reservationsNeedAnOrderId() {
        given().when().get("/reservations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("orderId"));
        given().queryParam("orderId", UUID.randomUUID().toString()).when().get("/reservations")
                .then().statusCode(200).body("size()", equalTo(0));
    }
}
