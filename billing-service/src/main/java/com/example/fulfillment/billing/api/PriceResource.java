package com.example.fulfillment.billing.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.example.fulfillment.billing.domain.BillingPolicy;
import com.example.fulfillment.billing.domain.PriceService;
import com.example.fulfillment.edge.Caller;
import com.example.fulfillment.edge.Paging;
import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.problem.ProblemException;

@RolesAllowed(Roles.OPS)
@Path("/prices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prices", description = "The price list ops maintain; invoices take their unit prices from it")
public class PriceResource {

    private final PriceService prices;
    private final BillingPolicy policy;

    private final Caller caller;

    PriceResource(PriceService prices, BillingPolicy policy, Caller caller) {
        this.prices = prices;
        this.policy = policy;
        this.caller = caller;
    }

    @PUT
    @Path("/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the unit price of a product",
            description = "Creates or replaces the price; invoices already issued keep the price they had. Invoices"
                    + " AWAITING_PRICES that lacked only this price are issued in the same transaction.")
    @APIResponse(responseCode = "200", description = "The price as stored")
    @APIResponse(responseCode = "400", description = "The price is missing, not above zero, or has more than 2 decimals")
    @APIResponse(responseCode = "409", description = "A waiting invoice cannot be issued with this price; nothing changed")
    public PriceResponse setPrice(@PathParam("sku") @NotBlank @Size(max = 64) String sku,
            @Valid @NotNull PriceRequest request) {
        return PriceResponse.of(prices.setPrice(sku, request.unitPrice(), caller.name()), policy.currencyCode());
    }

    @GET
    @Path("/{sku}")
    @Operation(summary = "Read the unit price of a product")
    @APIResponse(responseCode = "200", description = "The price")
    @APIResponse(responseCode = "404", description = "The product has no price")
    @RolesAllowed({Roles.OPS, Roles.SHOP})
    public PriceResponse price(@PathParam("sku") String sku) {
        return prices.priceOf(sku).map(price -> PriceResponse.of(price, policy.currencyCode()))
                .orElseThrow(() -> ProblemException.notFound("price of sku", sku));
    }

    @GET
    @Operation(summary = "Prices by sku, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of prices")
    @RolesAllowed({Roles.OPS, Roles.SHOP})
    public Paging.Page<PriceResponse> prices(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return Paging.Page.of(prices.prices(page, size), price -> PriceResponse.of(price, policy.currencyCode()));
    }
}
