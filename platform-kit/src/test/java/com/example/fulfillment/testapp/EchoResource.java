package com.example.fulfillment.testapp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A resource of the test application with a body of every kind of field, to try the HTTP edge on. */
@PermitAll
@Path("/test/echo")
public class EchoResource {

    public enum Speed { SLOW, FAST }

    public record Line(@NotNull String sku, @NotNull Integer quantity) {
    }

    public record Echo(@NotNull String name, int count, BigDecimal price, boolean urgent, Speed speed,
            LocalDate due, @Valid List<Line> lines) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Echo echo(@NotNull @Valid Echo echo) {
        return echo;
    }

    /** An answer Jackson cannot write: reading its field fails, as a lazy collection read too late does. */
    public static class Unwritable {
        public String getBroken() {
            throw new IllegalStateException("failed to lazily initialize a collection");
        }
    }

    @GET
    @Path("/unwritable")
    @Produces(MediaType.APPLICATION_JSON)
    public Unwritable unwritable() {
        return new Unwritable();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Echo read(@PathParam("id") String id, @QueryParam("note") String note) {
        return new Echo(id + (note == null ? "" : " " + note), 0, null, false, null, null, List.of());
    }
}
