import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The platform's REST API as the benchmark's players use it: ops stocks, the shop orders, the customer confirms. */
final class Api {

    record Answer(int status, String body) {
    }

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final String orderUrl;
    final String inventoryUrl;
    final String billingUrl;
    /** Where the shop posts its orders, taken in turn: order-service's instances in a scale-out run. */
    private final java.util.List<String> intakeUrls;
    private final String keycloakUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    private String opsToken;
    private String shopToken;

    Api(String orderUrl, java.util.List<String> intakeUrls, String keycloakUrl) {
        this.orderUrl = orderUrl;
        this.intakeUrls = intakeUrls.isEmpty() ? java.util.List.of(orderUrl) : intakeUrls;
        this.inventoryUrl = orderUrl.replace("8081", "8082");
        this.billingUrl = orderUrl.replace("8081", "8083");
        this.keycloakUrl = keycloakUrl;
    }

    String intakeUrl(int order) {
        return intakeUrls.get(order % intakeUrls.size());
    }

    /** Tokens live an hour; a run that is longer fetches new ones (renew() is called between rates). */
    void renewTokens() throws IOException, InterruptedException {
        opsToken = token("grant_type=password&client_id=fulfillment-cli&username=grace&password=grace-password");
        shopToken = token("grant_type=client_credentials&client_id=shop&client_secret="
                + System.getenv().getOrDefault("SHOP_CLIENT_SECRET", "shop-secret"));
    }

    Answer asOps(String method, String url, String body) throws IOException, InterruptedException {
        return send(method, url, body, opsToken);
    }

    Answer asShop(String method, String url, String body) throws IOException, InterruptedException {
        return send(method, url, body, shopToken);
    }

    /** The shop's request, not waited for: the open loop sends each order when it is due, answered or not. */
    java.util.concurrent.CompletableFuture<Answer> asShopLater(String method, String url, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + shopToken)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Answer(response.statusCode(), response.body()));
    }

    private Answer send(String method, String url, String body, String token) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private String token(String form) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(keycloakUrl
                + "/realms/fulfillment/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak at " + keycloakUrl + " gave no token: " + answer.body());
        }
        return token.group(1);
    }
}
