package com.example.fulfillment.billing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class PriceResourceTest {

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Test
    void ops_set_and_change_a_price_and_read_it_back() {
        String sku = "SKU-" + UUID.randomUUID();
        put(sku, "19.9").then().statusCode(200).body("unitPrice", equalTo(new BigDecimal("19.9")))
                .body("updatedBy", equalTo("grace")); // the token's user
        put(sku, "21.50").then().statusCode(200);

        given().config(EXACT_NUMBERS).get("/prices/{sku}", sku).then()
                .statusCode(200)
                .body("sku", equalTo(sku))
                .body("unitPrice", equalTo(new BigDecimal("21.50")))
                .body("currency", equalTo("EUR"));
        // one page at a time, never every row; the price is on one of the pages
        given().queryParam("size", 1).get("/prices").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1)).body("items", hasSize(1));
        given().queryParam("size", 201).get("/prices").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        boolean listed = false;
        for (int page = 0; !listed; page++) {
            List<String> skus = given().queryParam("page", page).queryParam("size", 200).get("/prices").then()
                    .statusCode(200).extract().path("items.sku");
            if (skus.isEmpty()) {
                break;
            }
            listed = skus.contains(sku);
        }
        assertTrue(listed, sku + " is listed");
    }

    @Test
    void a_price_of_zero_is_refused_naming_the_field() {
        put("SKU-" + UUID.randomUUID(), "0").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("violations[0].field", equalTo("unitPrice"));
    }

    @Test
    void a_price_finer_than_a_cent_is_refused() {
        put("SKU-" + UUID.randomUUID(), "1.999").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("unitPrice"));
    }

    @Test
    void an_unpriced_sku_is_not_found() {
        given().get("/prices/{sku}", "SKU-" + UUID.randomUUID()).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    private static io.restassured.response.Response put(String sku, String unitPrice) {
        return given().config(EXACT_NUMBERS).contentType(ContentType.JSON)
                .body(Map.of("unitPrice", new BigDecimal(unitPrice))).put("/prices/{sku}", sku);
    }
}
