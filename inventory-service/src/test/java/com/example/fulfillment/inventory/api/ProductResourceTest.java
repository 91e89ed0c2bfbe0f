package com.example.fulfillment.inventory.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.inventory.Products;
import com.example.fulfillment.inventory.domain.AllocationService;
import com.example.fulfillment.inventory.domain.ProductService;
import com.example.fulfillment.inventory.domain.RequestedLine;
import com.example.fulfillment.inventory.domain.StockCheckService;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class ProductResourceTest {

    @Inject
    StockCheckService stockCheck;
    @Inject
    AllocationService allocation;
    @Inject
    ProductService products;
    @Inject
    EntityManager entityManager;

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
        given().queryParam("size", 2).get("/products").then().statusCode(200)
                .body("size", equalTo(2)).body("items.size()", lessThanOrEqualTo(2))
                .body("total", greaterThanOrEqualTo(1));
        boolean listed = false;
        for (int page = 0; !listed; page++) {
            List<String> skus = given().queryParam("page", page).queryParam("size", 200).get("/products").then()
                    .statusCode(200).extract().path("items.sku");
            if (skus.isEmpty()) {
                break;
            }
            listed = skus.contains(sku);
        }
        assertTrue(listed, sku + " is listed");
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

    @Test
    void everyStockChangeIsInTheLedgerNewestFirst() {
        String sku = Products.create("lighting", 4);
        given().contentType(ContentType.JSON).body(Map.of("quantity", 3, "note", "delivery 4711"))
                .when().post("/products/{sku}/stock-receipts", sku).then().statusCode(200);
        Products.put(sku, Products.body("lighting", 5)).statusCode(200);
        // the same count again moves nothing
        Products.put(sku, Products.body("lighting", 5)).statusCode(200);
        String orderId = UUID.randomUUID().toString();
        stockCheck.check(orderId, List.of(new RequestedLine(sku, 2)));
        allocation.allocate(orderId, List.of(new RequestedLine(sku, 2)));
        allocation.release(orderId, "customer cancelled");

        given().when().get("/products/{sku}/movements", sku).then().statusCode(200)
                .body("cause", contains("RELEASE", "ALLOCATION", "MANUAL_SET", "RECEIPT", "MANUAL_SET"))
                .body("onHandDelta", contains(0, 0, -2, 3, 4))
                .body("reservedDelta", contains(-2, 2, 0, 0, 0))
                .body("onHandAfter", contains(5, 5, 5, 7, 4))
                .body("reservedAfter", contains(0, 2, 0, 0, 0))
                .body("orderId", contains(orderId, orderId, null, null, null))
                .body("note", contains("customer cancelled", "approved order", "stock count corrected",
                        "delivery 4711", "product created"));
        given().queryParam("limit", 2).when().get("/products/{sku}/movements", sku).then().statusCode(200)
                .body("cause", contains("RELEASE", "ALLOCATION"));
        given().when().get("/products/{sku}/stock-receipts", sku).then().statusCode(200)
                .body("quantity", contains(3)).body("note", contains("delivery 4711"))
                .body("receivedBy", contains("grace")); // the token's user, never a name in the request
    }

    @Test
    void theLedgerOfAnUnknownProductIsAProblemAndItsLimitIsChecked() {
        String unknown = "NOPE-" + UUID.randomUUID();
        given().when().get("/products/{sku}/movements", unknown).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/products/{sku}/stock-receipts", unknown).then().statusCode(404);
        given().queryParam("limit", 0).when().get("/products/{sku}/movements", Products.create("lighting", 1))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void creatingTheSameNewProductTwiceAtOnceUpdatesItTheSecondTime() throws Exception {
        String sku = Products.freshSku("TWICE");
        CountDownLatch firstSaved = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // the first creation stays uncommitted until the second is seen waiting for it in the database
            Future<Boolean> first = threads.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                boolean created = products.save(sku, Products.details("lighting", 2)).created();
                firstSaved.countDown();
                secondWaits.await(60, TimeUnit.SECONDS);
                return created;
            }));
            firstSaved.await(60, TimeUnit.SECONDS);
            Future<Integer> second = threads.submit(
                    () -> Products.put(sku, Products.body("lighting", 7)).extract().statusCode());
            await().atMost(TestEventBus.DEFAULT_TIMEOUT).until(this::someoneWaitsForALock);
            secondWaits.countDown();

            assertTrue(first.get(60, TimeUnit.SECONDS));
            assertEquals(200, second.get(60, TimeUnit.SECONDS));
            Products.get(sku).body("onHand", equalTo(7));
        } finally {
            secondWaits.countDown();
            threads.shutdownNow();
        }
    }

    private boolean someoneWaitsForALock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from pg_locks l join pg_database d on d.oid = l.database "
                        + "where not l.granted and d.datname = current_database()")
                .getSingleResult()).longValue() > 0);
    }
}
