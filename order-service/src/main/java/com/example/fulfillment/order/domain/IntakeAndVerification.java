package com.example.fulfillment.order.domain;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.order.persistence.ApprovalTaskRepository;

/**
 * Step 2 and gate A1: inventory's answer to "is it all in stock?". Enough stock makes the order
 * availability-verified and opens the order verification; short stock makes it wait, with what is short and what
 * inventory offers instead. Both are safe against a business duplicate (the same fact under a new event id).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IntakeAndVerification {

    private final SagaSteps steps;
    private final ApprovalTaskRepository tasks;
    private final ApprovalService approvals;

    IntakeAndVerification(SagaSteps steps, ApprovalTaskRepository tasks, ApprovalService approvals) {
        this.steps = steps;
        this.tasks = tasks;
        this.approvals = approvals;
    }

    public void stockVerified(StockVerification verification, String cause) {
        Order order = steps.known(verification.orderId());
        if (steps.keptWhileCancelled(order, "stock verified", cause, null)
                || steps.alreadyAt(order, OrderStatus.AVAILABILITY_VERIFIED, cause)) {
            return;
        }
        order.forgetShortages();
        steps.move(order, OrderStatus.AVAILABILITY_VERIFIED, "availability verified", cause,
                verification.lines().size() + " line(s) in stock");
        if (tasks.findPending(order.getId(), ApprovalGate.ORDER_VERIFICATION).isPresent()) {
            // the task opened before the stock ran out is still waiting for a person: it now covers this pass
            return;
        }
        approvals.open(order, ApprovalGate.ORDER_VERIFICATION, "", verification,
                ApprovalFacts.of(order, order.getCheckout().getShippingMethod(), null), cause);
    }

    public void stockUnavailable(String orderId, List<Shortage> shortages, String cause) {
        Order order = steps.known(orderId);
        String detail = shortages.stream().map(IntakeAndVerification::describe).collect(Collectors.joining("; "));
        if (steps.keptWhileCancelled(order, "stock unavailable", cause, detail)) {
            return;
        }
        order.rememberShortages(shortages);
        if (OrderTransitions.allowed(order.getStatus(), OrderStatus.AWAITING_STOCK)) {
            steps.move(order, OrderStatus.AWAITING_STOCK, "awaiting stock", cause, detail);
        } else {
            // the same shortages reported again in the same status are the same report
            steps.recordOnce(order, "stock unavailable", cause, detail,
                    "StockUnavailable:" + order.getStatus() + ":" + reportKey(shortages));
        }
    }

    private static String describe(Shortage shortage) {
        return shortage.sku() + ": " + shortage.requested() + " requested, " + shortage.available() + " available"
                + (shortage.expectedRestockDate() == null ? "" : ", restock expected " + shortage.expectedRestockDate())
                + (shortage.alternativeSkus() == null || shortage.alternativeSkus().isEmpty() ? ""
                        : ", alternatives " + String.join(", ", shortage.alternativeSkus()));
    }

    /**
     * The report's business content, normalised (short lines by sku, each with its quantities, restock date and
     * alternatives), as a name-based UUID: fifty short lines must still fit the timeline's reference column.
     */
    private static String reportKey(List<Shortage> shortages) {
        String normalised = shortages.stream().sorted(Comparator.comparing(Shortage::sku))
                .map(shortage -> shortage.sku() + "|" + shortage.requested() + "|" + shortage.available() + "|"
                        + shortage.expectedRestockDate() + "|" + (shortage.alternativeSkus() == null ? ""
                                : String.join(",", shortage.alternativeSkus())))
                .collect(Collectors.joining("\n"));
        return UUID.nameUUIDFromBytes(normalised.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
