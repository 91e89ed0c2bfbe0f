package com.example.fulfillment.edge;

/**
 * The roles a token carries (realm roles of deploy/keycloak/fulfillment-realm.json): who the platform's users are.
 * Resources name them in {@code @RolesAllowed}; what each may do is listed in README, "Demo identities".
 */
public final class Roles {

    /** The e-commerce backend: places orders and acts for its customers. */
    public static final String SHOP = "shop";
    /** A person who ordered: reads and acts on their own orders only. */
    public static final String CUSTOMER = "customer";
    /** The operations team: approvals, reships, refunds, prices, stock, dead letters. */
    public static final String OPS = "ops";
    /** Warehouse staff: stock receipts and the pack station. */
    public static final String WAREHOUSE = "warehouse";

    private Roles() {
    }
}
