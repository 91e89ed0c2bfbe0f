package com.example.fulfillment.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.RunningStack.Service;

/**
 * The ops page in a real browser (Debian's chromium, driven by Playwright: system-tests/browser/ops-page.mjs): it
 * asks for a login at Keycloak, shows who signed in, takes a decision under that name, refuses a form posted from
 * another site, follows the links of a cancelled order's filed documents (the invoice and its credit note as PDF),
 * and signs out. Screenshots are kept in target/screenshots/ops-page.
 */
class OpsPageIT {

    private static final Path SCRIPT = RunningStack.REPO_ROOT.resolve("system-tests/browser/ops-page.mjs");
    private static final Path SHOTS = RunningStack.REPO_ROOT.resolve("system-tests/target/screenshots/ops-page");

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.shared();
    }

    @Test
    void withoutASessionThePageSendsThePersonToTheLogin() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Service.ORDER.url() + "/ops")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode(), answer.body());
        String login = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(login.startsWith(Identity.KEYCLOAK_URL + "/realms/fulfillment/protocol/openid-connect/auth"), login);
        assertTrue(login.contains("client_id=ops-console"), login);
    }

    @Test
    void aPersonSignsInDecidesUnderTheirNameAndAnotherSiteCannotPostTheForms() throws Exception {
        String sku = Shop.stockProduct("OPSPAGE", "kitchen", 100, "4.00", false);
        String approved = Shop.awaitPendingApproval(
                Shop.place(Shop.order(Shop.unique("page").toLowerCase() + "@example.com", "STANDARD", sku, 12)),
                "ORDER_VERIFICATION");
        String attacked = Shop.awaitPendingApproval(
                Shop.place(Shop.order(Shop.unique("page").toLowerCase() + "@example.com", "STANDARD", sku, 12)),
                "ORDER_VERIFICATION");

        String cancelled = cancelledAfterItsInvoice(sku);

        Map<String, String> seen = browse(Service.ORDER.url() + "/ops", "grace", "grace-password", approved, attacked,
                cancelled);

        assertTrue(seen.get("login-page").endsWith("/realms/fulfillment/protocol/openid-connect/auth"), seen.toString());
        assertEquals("grace", seen.get("signed-in-as"), seen.toString());
        assertTrue(seen.get("notice").endsWith("approved by grace"), seen.toString());
        assertEquals("yes", seen.get("after-sign-out-ops-asks-login"), seen.toString());
        assertEquals("APPROVED", approvalStatus(approved));
        assertEquals("grace", Identity.GRACE.request().get(Service.ORDER.url() + "/approvals/" + approved).then()
                .extract().path("decidedBy"));
        assertEquals("PENDING", approvalStatus(attacked), "the cross-site post changed nothing: " + seen);
        for (String pdf : List.of("document-INVOICE", "document-CREDIT_NOTE")) {
            assertEquals("200 application/pdf %PDF", seen.get(pdf), pdf + " from the page's link: " + seen);
        }
        assertTrue(seen.get("document-ORDER_DETAILS").startsWith("200 text/plain"), seen.toString());
        assertEquals("200 application/zip", seen.get("dossier-archive"), seen.toString());
    }

    /** An order cancelled at the Shipment Details gate: its dossier holds the invoice and the credit note. */
    private static String cancelledAfterItsInvoice(String sku) {
        String orderId = Shop.place(Shop.order(Shop.unique("page").toLowerCase() + "@example.com", "SAME_DAY", sku, 1));
        Shop.awaitPendingApproval(orderId, "SHIPMENT_DETAILS");
        Identity.SHOP.request().contentType("application/json").body(Map.of("reason", "ordered twice"))
                .post(Service.ORDER.url() + "/orders/" + orderId + "/cancel").then().statusCode(200);
        await().atMost(Shop.SAGA_STEP).untilAsserted(() -> assertTrue(Identity.GRACE.request()
                .get(Service.ORDER.url() + "/orders/" + orderId + "/documents").then().statusCode(200).extract()
                .jsonPath().<String> getList("kind").contains("CREDIT_NOTE"), "the credit note is filed"));
        return orderId;
    }

    private static String approvalStatus(String approvalId) {
        return Identity.GRACE.request().get(Service.ORDER.url() + "/approvals/" + approvalId).then().statusCode(200)
                .extract().path("status");
    }

    private static Map<String, String> browse(String opsUrl, String username, String password, String approve,
            String attack, String dossierOrder) throws IOException, InterruptedException {
        Process browser = new ProcessBuilder("node", SCRIPT.toString(), opsUrl, username, password, SHOTS.toString(),
                approve, attack, dossierOrder).redirectErrorStream(true).start();
        boolean ended = browser.waitFor(180, TimeUnit.SECONDS);
        String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            browser.destroyForcibly();
        }
        System.out.println("ops page in the browser:\n" + output);
        assertTrue(ended, "the browser did not finish in 180 s: " + output);
        assertEquals(0, browser.exitValue(), output);
        Map<String, String> seen = new LinkedHashMap<>();
        output.lines().filter(line -> line.contains(": ")).forEach(line -> {
            int colon = line.indexOf(": ");
            seen.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
        });
        return seen;
    }
}
