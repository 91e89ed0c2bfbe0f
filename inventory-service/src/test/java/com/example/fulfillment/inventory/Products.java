package com.example.fulfillment.inventory;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.fulfillment.inventory.domain.ProductDetails;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sets up products through the REST API, as ops would; skus and categories are fresh per test. */
public final class Products {

    private Products() {
    }

    public static String freshSku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> body(String category, int onHand) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Product in " + category);
        body.put("category", category);
        body.put("onHand", onHand);
        body.put("weightGrams", 350);
        body.put("lengthMm", 120);
        body.put("widthMm", 90);
        body.put("heightMm", 100);
        body.put("fragile", true);
        return body;
    }

    /** The same product as {@link #body}, as the domain takes it. */
    public static ProductDetails details(String category, int onHand) {
        return new ProductDetails("Product in " + category, category, onHand, 350, 120, 90, 100, true, null, List.of());
    }

    public static ValidatableResponse put(String sku, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/products/{sku}", sku).then();
    }

    public static String create(String category, int onHand) {
        return create(category, onHand, null, List.of());
    }

    public static String create(String category, int onHand, LocalDate restock, List<String> alternatives) {
        String sku = freshSku("SKU");
        Map<String, Object> body = body(category, onHand);
        if (restock != null) {
            body.put("expectedRestockDate", restock.toString());
        }
        body.put("alternativeSkus", alternatives);
        put(sku, body).statusCode(201);
        return sku;
    }

    public static ValidatableResponse get(String sku) {
        return given().when().get("/products/{sku}", sku).then();
    }
}
