package com.example.fulfillment.inventory.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.example.fulfillment.edge.Caller;
import com.example.fulfillment.edge.Paging;
import com.example.fulfillment.edge.Roles;
import com.example.fulfillment.inventory.domain.ProductService;

@RolesAllowed(Roles.OPS)
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "products")
public class ProductResource {

    private final ProductService products;
    private final Caller caller;

    ProductResource(ProductService products, Caller caller) {
        this.products = products;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Products by sku, a page at a time")
    @RolesAllowed({Roles.OPS, Roles.SHOP, Roles.WAREHOUSE})
    public Paging.Page<ProductView> all(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return Paging.Page.of(products.all(page, size), ProductView::of);
    }

    @GET
    @Path("/{sku}")
    @Operation(summary = "A product with its stock: on hand, reserved and available")
    @APIResponse(responseCode = "200", description = "the product")
    @APIResponse(responseCode = "404", description = "no such product")
    @RolesAllowed({Roles.OPS, Roles.SHOP, Roles.WAREHOUSE})
    public ProductView get(@PathParam("sku") String sku) {
        return ProductView.of(products.get(sku));
    }

    @PUT
    @Path("/{sku}")
    @Operation(summary = "Create or correct a product", description = "Never changes what is reserved for orders. "
            + "Two requests creating the same new product take turns: the second updates it.")
    @APIResponse(responseCode = "201", description = "created")
    @APIResponse(responseCode = "200", description = "updated")
    @APIResponse(responseCode = "400", description = "invalid fields, named in violations")
    @APIResponse(responseCode = "409", description = "onHand would fall below what is reserved")
    public Response save(@PathParam("sku") @NotNull @Size(max = 64) String sku, @Valid @NotNull ProductRequest request) {
        ProductService.Saved saved = products.save(sku, request.toDetails());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ProductView.of(saved.product()))
                .build();
    }

    @POST
    @Path("/{sku}/stock-receipts")
    @Operation(summary = "Receive stock", description = "Adds to on hand; orders waiting for this product that can "
            + "now be served are verified again (StockVerified), oldest first.")
    @APIResponse(responseCode = "200", description = "the product after the receipt")
    @APIResponse(responseCode = "400", description = "invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "no such product")
    @RolesAllowed({Roles.WAREHOUSE, Roles.OPS})
    public ProductView receive(@PathParam("sku") String sku, @Valid @NotNull StockReceiptRequest request) {
        return ProductView.of(products.receiveStock(sku, request.quantity(), request.note(), caller.name()));
    }

    @GET
    @Path("/{sku}/movements")
    @Operation(summary = "The product's stock movements, newest first", description = "Every change of onHand or "
            + "reserved: receipts, allocations, releases, shipments, returns and ops' own corrections.")
    @APIResponse(responseCode = "200", description = "the movements, empty if none")
    @APIResponse(responseCode = "400", description = "limit out of range")
    @APIResponse(responseCode = "404", description = "no such product")
    @RolesAllowed({Roles.OPS, Roles.WAREHOUSE})
    public List<StockMovementView> movements(@PathParam("sku") String sku,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return products.movements(sku, limit).stream().map(StockMovementView::of).toList();
    }

    @GET
    @Path("/{sku}/stock-receipts")
    @Operation(summary = "The goods received for the product, newest first")
    @APIResponse(responseCode = "200", description = "the receipts, empty if none")
    @APIResponse(responseCode = "400", description = "limit out of range")
    @APIResponse(responseCode = "404", description = "no such product")
    @RolesAllowed({Roles.OPS, Roles.WAREHOUSE})
    public List<StockReceiptView> receipts(@PathParam("sku") String sku,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return products.receipts(sku, limit).stream().map(StockReceiptView::of).toList();
    }

    @PUT
    @Path("/{sku}/restock")
    @Operation(summary = "Set or clear the date a product is expected back in stock")
    @APIResponse(responseCode = "200", description = "the product")
    @APIResponse(responseCode = "404", description = "no such product")
    public ProductView restock(@PathParam("sku") String sku, @Valid @NotNull RestockRequest request) {
        return ProductView.of(products.expectRestock(sku, request.expectedRestockDate()));
    }

    @PUT
    @Path("/{sku}/alternatives")
    @Operation(summary = "Replace the products offered instead of this one when it is short")
    @APIResponse(responseCode = "200", description = "the product")
    @APIResponse(responseCode = "400", description = "invalid fields, named in violations")
    @APIResponse(responseCode = "404", description = "no such product")
    public ProductView alternatives(@PathParam("sku") String sku, @Valid @NotNull AlternativesRequest request) {
        return ProductView.of(products.replaceAlternatives(sku, request.skus()));
    }
}
