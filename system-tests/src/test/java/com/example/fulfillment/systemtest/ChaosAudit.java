package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.example.fulfillment.systemtest.ChaosInfrastructure.Mail;
import com.example.fulfillment.systemtest.OrderStream.ShopOrder;
import com.example.fulfillment.systemtest.RunningStack.Service;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures of a chaos run, from the services' databases and APIs and from what the customers received: which
 * orders the shop placed, which order-service knows and where each stands, what each left in the five services
 * compared with an order placed in calm, what the mailbox and the SMS gateway got, whether the stock adds up, and
 * what waits in dead letters.
 */
final class ChaosAudit {

    private static final Set<String> LEFT_THE_WAREHOUSE = Set.of("SHIPPED", "DELIVERED", "COMPLETED");

    private final RunningStack stack;
    private final ChaosInfrastructure infrastructure;
    private final Http http = new Http(Duration.ofSeconds(30), Identity.GRACE);

    final Tally lost = new Tally();
    final Tally duplicated = new Tally();
    final Tally unknownEffects = new Tally();
    /** Messages a customer got more often than notification-service sent them: see {@link #countReceived}. */
    final Tally receivedTwice = new Tally();
    final Map<String, List<String>> stuckByStatus = new TreeMap<>();
    final List<String> stock = new ArrayList<>();
    final Map<String, Integer> deadLetters = new LinkedHashMap<>();
    final Map<String, Integer> unpublishedOutbox = new LinkedHashMap<>();
    int sent;
    int completed;
    boolean stockConserved = true;

    ChaosAudit(RunningStack stack, ChaosInfrastructure infrastructure) {
        this.stack = stack;
        this.infrastructure = infrastructure;
    }

    /**
     * orders: every order the shop placed, the calm ones among them; calm: orders completed before the first fault,
     * one of each shape, the measure of every other. stocked: each product's stock when it was created.
     */
    ChaosAudit run(List<ShopOrder> orders, List<ShopOrder> calm, Map<String, Integer> stocked)
            throws SQLException, IOException, InterruptedException {
        sent = orders.size();
        Map<String, String> statuses = statuses();
        Footprints footprints = Footprints.read(stack);
        Map<String, Map<String, Integer>> calmByShape = new HashMap<>();
        calm.forEach(order -> calmByShape.put(order.shape, footprints.of(order.id)));
        for (ShopOrder order : orders) {
            if (order.id == null) {
                lost.add(order.refusal == null ? "order never taken at intake" : "order refused at intake",
                        1, "#" + order.number);
                continue;
            }
            String status = statuses.get(order.id);
            if (status == null) {
                lost.add("order taken (" + order.id + ") but unknown to order-service", 1, order.id);
                continue;
            }
            Map<String, Integer> footprint = footprints.of(order.id);
            // a message still waiting to go out is on its way, not lost: its order is not done yet
            boolean messagesPending = footprint.keySet().stream().anyMatch(kind -> kind.endsWith(" PENDING"));
            if (status.equals("COMPLETED") && !messagesPending) {
                completed++;
            } else {
                stuckByStatus.computeIfAbsent(messagesPending ? status + " with messages still PENDING" : status,
                        key -> new ArrayList<>()).add(order.id);
            }
            Footprints.Difference difference = Footprints.compare(calmByShape.get(order.shape), footprint);
            duplicated.addAll(difference.more(), order.id);
            unknownEffects.addAll(difference.unknown(), order.id);
            if (status.equals("COMPLETED") && !messagesPending) {
                lost.addAll(difference.fewer(), order.id);
            }
        }
        countIntakeDuplicates(orders);
        countReceived(orders, footprints);
        balanceStock(orders, statuses, stocked);
        countLeftovers();
        return this;
    }

    int stuck() {
        return stuckByStatus.values().stream().mapToInt(List::size).sum();
    }

    int deadLettersLeft() {
        return deadLetters.values().stream().mapToInt(Integer::intValue).sum();
    }

    private Map<String, String> statuses() throws SQLException {
        Map<String, String> statuses = new HashMap<>();
        for (String[] row : Queries.rows(stack, Service.ORDER, "select id, status from orders")) {
            statuses.put(row[0], row[1]);
        }
        return statuses;
    }

    /** A retried POST /orders that created a second order instead of answering the first. */
    private void countIntakeDuplicates(List<ShopOrder> orders) throws SQLException {
        Map<String, Integer> perCustomer = new HashMap<>();
        for (String[] row : Queries.rows(stack, Service.ORDER,
                "select customer_email, count(*) from orders group by customer_email")) {
            perCustomer.put(row[0], Integer.valueOf(row[1]));
        }
        for (ShopOrder order : orders) {
            duplicated.add("order placed twice for one Idempotency-Key", perCustomer.getOrDefault(order.email, 0) - 1,
                    order.id == null ? "#" + order.number : order.id);
        }
    }

    /**
     * The customers' side: each one's mailbox and text messages against what notification-service recorded as SENT
     * to them. More means a message went out twice: notification-service sends, then commits SENT, so a send cut
     * between the two (a SIGKILL, the database gone) is sent again: its documented at-least-once edge, reported apart
     * from the duplicates the services' own records would show. Fewer means a message recorded SENT never arrived.
     */
    private void countReceived(List<ShopOrder> orders, Footprints footprints) throws IOException, InterruptedException {
        Map<String, Long> mails = infrastructure.mailbox().stream()
                .collect(Collectors.groupingBy(Mail::recipient, Collectors.counting()));
        Map<String, Long> texts = new HashMap<>();
        for (JsonNode received : http.get(infrastructure.smsGatewayUrl()).json()) {
            texts.merge(received.get("message").get("to").asText(), 1L, Long::sum);
        }
        for (ShopOrder order : orders) {
            if (order.id != null) {
                Map<String, Integer> footprint = footprints.of(order.id);
                compareReceived(order.id, "e-mail", mails.getOrDefault(order.email, 0L), sent(footprint, "EMAIL"));
                compareReceived(order.id, "text message", texts.getOrDefault(order.phone, 0L), sent(footprint, "SMS"));
            }
        }
    }

    private void compareReceived(String orderId, String what, long received, int sent) {
        if (received > sent) {
            receivedTwice.add(what + " received more often than sent", (int) (received - sent), orderId);
        } else if (received < sent) {
            lost.add(what + " recorded SENT but never received", (int) (sent - received), orderId);
        }
    }

    private static int sent(Map<String, Integer> footprint, String channel) {
        return footprint.entrySet().stream()
                .filter(kind -> kind.getKey().startsWith("message " + channel + " ") && kind.getKey().endsWith(" SENT"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /**
     * Per product: what was received (its initial stock) is on hand or shipped, exactly what the orders that left
     * the warehouse took was shipped, and what is reserved is what held reservations keep.
     */
    private void balanceStock(List<ShopOrder> orders, Map<String, String> statuses, Map<String, Integer> stocked)
            throws SQLException, IOException, InterruptedException {
        Map<String, Integer> expectedShipped = new TreeMap<>();
        for (ShopOrder order : orders) {
            if (order.id != null && LEFT_THE_WAREHOUSE.contains(statuses.get(order.id))) {
                order.lines.forEach((sku, quantity) -> expectedShipped.merge(sku, quantity, Integer::sum));
            }
        }
        for (Map.Entry<String, Integer> product : stocked.entrySet()) {
            String sku = product.getKey();
            JsonNode view = http.get(stack.url(Service.INVENTORY) + "/products/" + sku).json();
            int onHand = view.get("onHand").asInt();
            int reserved = view.get("reserved").asInt();
            int shipped = reservedUnits(sku, "SHIPPED");
            int held = reservedUnits(sku, "HELD");
            int received = product.getValue();
            int ordersShipped = expectedShipped.getOrDefault(sku, 0);
            boolean conserved = onHand + shipped == received && shipped == ordersShipped && reserved == held;
            stockConserved &= conserved;
            stock.add(sku + ": received " + received + (conserved ? " = " : " ≠ ") + "on hand " + onHand
                    + " + shipped " + shipped + " (orders that left the warehouse took " + ordersShipped
                    + "); reserved " + reserved + ", held by reservations " + held);
        }
    }

    private int reservedUnits(String sku, String status) throws SQLException {
        return (int) Queries.number(stack, Service.INVENTORY,
                "select coalesce(sum(quantity), 0) from reservation where sku = ? and status = ?", sku, status);
    }

    /** Dead letters still pending and events still parked, per service; outbox rows never published. */
    private void countLeftovers() throws IOException, InterruptedException, SQLException {
        deadLetters.putAll(deadLettersNow());
        for (Service service : Service.values()) {
            unpublishedOutbox.put(service.module, (int) Queries.number(stack, service,
                    "select count(*) from outbox_message where published_at is null"));
        }
    }

    /** Per service, its dead letters still pending a retry and the events parked in it now (GET /dead-letters). */
    Map<String, Integer> deadLettersNow() throws IOException, InterruptedException {
        Map<String, Integer> left = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            Http.Answer answer = http.get(stack.url(service) + "/dead-letters?limit=1000");
            if (!answer.ok()) {
                throw new IOException(service.module + " GET /dead-letters answered " + answer.status());
            }
            int parked = 0;
            for (JsonNode event : answer.json().path("parked")) {
                String state = event.path("state").asText("PARKED");
                parked += state.equals("RELEASED") || state.equals("DISCARDED") ? 0 : 1;
            }
            left.put(service.module, answer.json().get("pending").asInt() + parked);
        }
        return left;
    }
}
