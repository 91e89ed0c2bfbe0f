package com.example.fulfillment.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.testapp.PlatformKitTestApp;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * The edge every service shares, on a resource of the test application: strict binding, text rules, size and depth
 * limits, and problem+json for every error, naming the field and never a Java class.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class HttpEdgeTest {

    private static final String VALID = """
            {"name":"mug","count":2,"price":9.90,"urgent":true,"speed":"FAST","due":"2026-12-24",
             "lines":[{"sku":"MUG-1","quantity":3}]}""";

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).post("/test/echo").then();
    }

    private static ValidatableResponse post(byte[] body) {
        return given().contentType("application/json").body(body).post("/test/echo").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json")
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("java.")))
                .body(not(containsString("`")));
    }

    @Test
    void anAnswerTheServerCannotWriteIsItsOwnFaultNotTheClients() {
        problem(given().get("/test/echo/unwritable").then(), 500)
                .body("detail", equalTo("the server could not write its answer"))
                .body("violations", anyOf(nullValue(), empty()));
    }

    @Test
    void aValidBodyIsEchoed() {
        post(VALID).statusCode(200).body("lines[0].quantity", equalTo(3));
    }

    @Test
    void anUnknownFieldIsRefusedAndNamedWithTheKnownOnes() {
        problem(post(VALID.replace("\"speed\"", "\"sped\"")), 400)
                .body("violations[0].field", equalTo("sped"))
                .body("violations[0].message", startsWith("is not a field of this resource"))
                .body("violations[0].message", containsString("speed"));
        problem(post(VALID.replace("{\"name\"", "{\"giftMesage\":\"hi\",\"name\"")), 400)
                .body("violations[0].field", equalTo("giftMesage"));
    }

    @Test
    void aFractionIsNotAWholeNumberAndTextIsNotANumber() {
        problem(post(VALID.replace("\"quantity\":3", "\"quantity\":1.9")), 400)
                .body("violations[0].field", equalTo("lines[0].quantity"))
                .body("violations[0].message", startsWith("must be a whole number"));
        problem(post(VALID.replace("\"count\":2", "\"count\":\"3\"")), 400)
                .body("violations[0].field", equalTo("count"));
        problem(post(VALID.replace("9.90", "\"abc\"")), 400)
                .body("violations[0].field", equalTo("price"))
                .body("violations[0].message", startsWith("must be a number"));
        problem(post(VALID.replace("true", "\"yes\"")), 400).body("violations[0].field", equalTo("urgent"));
        problem(post(VALID.replace("\"mug\"", "42")), 400)
                .body("violations[0].field", equalTo("name")).body("violations[0].message", equalTo("must be text"));
        problem(post(VALID.replace("\"count\":2", "\"count\":99999999999999999999")), 400)
                .body("violations[0].field", equalTo("count"))
                .body("violations[0].message", containsString("out of the range"));
    }

    @Test
    void enumsAndDatesSayWhatTheyTake() {
        problem(post(VALID.replace("\"FAST\"", "\"WARP\"")), 400)
                .body("violations[0].field", equalTo("speed"))
                .body("violations[0].message", equalTo("must be one of SLOW, FAST"));
        problem(post(VALID.replace("\"FAST\"", "1")), 400).body("violations[0].field", equalTo("speed"));
        problem(post(VALID.replace("2026-12-24", "24.12.2026")), 400)
                .body("violations[0].field", equalTo("due"))
                .body("violations[0].message", equalTo("must be a date, as YYYY-MM-DD"));
    }

    @Test
    void controlCharactersInTextAreRefusedNamingTheField() {
        for (String control : new String[] {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\ud800"}) {
            problem(post(VALID.replace("\"MUG-1\"", "\"MUG" + control + "1\"")), 400)
                    .body("violations[0].field", equalTo("lines[0].sku"))
                    .body("violations[0].message", startsWith("must not contain control characters"));
        }
        // line breaks and tabs are text, and so are emoji (a surrogate pair)
        post(VALID.replace("\"mug\"", "\"mug\\nfor you\\t\\ud83c\\udf81\"")).statusCode(200);
    }

    @Test
    void malformedTruncatedAndNonUtf8BodiesAreBadRequests() {
        problem(post("{\"name\": \"mug\", count: 2}"), 400).body("detail", startsWith("the request body is not valid JSON"));
        problem(post(VALID.substring(0, 40)), 400).body("detail", containsString("not valid JSON"));
        problem(post(VALID + "{}"), 400);
        problem(post("[]"), 400).body("violations[0].field", equalTo("(body)"));
        byte[] invalidUtf8 = VALID.replace("mug", "m\u00ffg").getBytes(StandardCharsets.ISO_8859_1);
        problem(post(invalidUtf8), 400).body("detail", startsWith("the request body is not valid JSON"));
        problem(post(""), 400);
    }

    @Test
    void deepNestingAndHugeBodiesAreRefused() {
        // where the body's type would refuse it at the first level anyway, an unknown field is read to its end
        String deep = "{\"name\":\"x\",\"extra\":" + "[".repeat(200) + "]".repeat(200) + "}";
        problem(post(deep), 400).body("detail", containsString("nested more deeply"));
        String huge = VALID.replace("\"mug\"", "\"" + "x".repeat(300 * 1024) + "\"");
        problem(post(huge), 413).body("title", equalTo("Content Too Large"));
    }

    @Test
    void theProtocolErrorsAreProblemsToo() {
        problem(given().get("/test/no-such-thing").then(), 404);
        problem(given().contentType("application/json").body(VALID).put("/test/echo").then(), 405);
        problem(given().contentType("text/plain").body("mug").post("/test/echo").then(), 415);
        problem(given().accept("image/png").get("/test/echo/1").then(), 406);
    }

    @Test
    void controlCharactersInThePathOrQueryAreRefused() {
        given().get("/test/echo/ok").then().statusCode(200).body("name", equalTo("ok"));
        problem(given().urlEncodingEnabled(false).get("/test/echo/a%00b").then(), 400)
                .body("violations[0].field", equalTo("(path)"));
        problem(given().urlEncodingEnabled(false).get("/test/echo/ok?note=a%07b").then(), 400)
                .body("violations[0].field", equalTo("note"));
    }
}
