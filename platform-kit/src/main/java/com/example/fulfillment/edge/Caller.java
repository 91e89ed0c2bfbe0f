package com.example.fulfillment.edge;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who sent the request, as its token says: the name recorded as "who" in timelines and audit entries, the e-mail
 * address that makes a customer the owner of an order, and the roles. Never taken from the request's body.
 */
@RequestScoped
public class Caller {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The person's user name, or the client's id for a program calling with its own credentials (Keycloak names
     * such a caller "service-account-shop"; the audit says "shop").
     */
    public String name() {
        String name = identity.getPrincipal().getName();
        Optional<String> clientId = claim("client_id").or(() -> claim("azp"));
        if (name.startsWith(SERVICE_ACCOUNT_PREFIX) && clientId.isPresent()) {
            return clientId.get();
        }
        return name;
    }

    /** The e-mail address the token vouches for, lower case; empty for a program. */
    public Optional<String> email() {
        return claim("email").or(() -> Optional.ofNullable(identity.<Object>getAttribute("email")).map(String::valueOf))
                .map(email -> email.strip().toLowerCase(Locale.ROOT)).filter(email -> !email.isEmpty());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * A customer and nothing more: sees and changes only what is theirs. Someone who is also shop or ops is not
     * limited by it.
     */
    public boolean isOnlyCustomer() {
        return hasRole(Roles.CUSTOMER) && !hasRole(Roles.SHOP) && !hasRole(Roles.OPS);
    }

    /** Whether a record belonging to ownerEmail may be shown to and changed by this caller. */
    public boolean mayActFor(String ownerEmail) {
        if (!isOnlyCustomer()) {
            return true;
        }
        return ownerEmail != null && email().filter(ownerEmail.strip().toLowerCase(Locale.ROOT)::equals).isPresent();
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.containsClaim(name)) {
            Object value = token.getClaim(name);
            // a claim may come back as a JSON value, whose toString() would keep the quotes
            return Optional.ofNullable(value)
                    .map(claim -> claim instanceof jakarta.json.JsonString text ? text.getString() : String.valueOf(claim));
        }
        return Optional.empty();
    }
}
