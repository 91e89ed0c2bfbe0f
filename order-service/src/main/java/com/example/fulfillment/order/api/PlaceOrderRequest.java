package com.example.fulfillment.order.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.order.domain.Address;
import com.example.fulfillment.order.domain.Customer;
import com.example.fulfillment.order.domain.NewOrder;
import com.example.fulfillment.order.domain.NotificationChannel;
import com.example.fulfillment.order.domain.OrderLine;
import com.example.fulfillment.order.domain.OrderOptions;
import com.example.fulfillment.order.domain.ShippingMethod;

/** An order as the shop front sends it; prices are never taken from the client. */
public record PlaceOrderRequest(
        @NotNull @Valid CustomerRequest customer,
        @NotNull @Valid AddressRequest shippingAddress,
        @NotNull ShippingMethod shippingMethod,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid LineRequest> lines,
        @Valid OptionsRequest options,
        @Schema(description = "defaults to [EMAIL, PORTAL]; SMS needs customer.phone")
        @Size(max = 3) List<@NotNull NotificationChannel> notificationChannels,
        @Size(max = 50) String discountCode) {

    public record CustomerRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()./-]{5,40}", message = "must be a phone number") String phone) {
    }

    public record AddressRequest(
            @NotBlank @Size(max = 200) String recipient,
            @NotBlank @Size(max = 300) String street,
            @NotBlank @Size(max = 120) String city,
            @NotBlank @Size(max = 20) String postalCode,
            @Size(max = 120) String region,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code")
            @Schema(example = "DE") String country) {
    }

    public record LineRequest(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @Min(1) @Max(100) Integer quantity) {
    }

    public record OptionsRequest(
            boolean specialPackaging,
            boolean giftWrap,
            @Schema(description = "at most 250 characters, kept exactly as typed")
            @Size(max = 1000, message = "must be at most 250 characters") String giftMessage) {
    }

    NewOrder toNewOrder() {
        OrderOptions orderOptions = options == null ? null
                : new OrderOptions(options.specialPackaging(), options.giftWrap(), options.giftMessage());
        return new NewOrder(new Customer(customer.name(), customer.email(), customer.phone()),
                new Address(shippingAddress.recipient(), shippingAddress.street(), shippingAddress.city(),
                        shippingAddress.postalCode(), shippingAddress.region(), shippingAddress.country()),
                shippingMethod, lines.stream().map(line -> new OrderLine(line.sku(), line.quantity())).toList(),
                orderOptions, notificationChannels, discountCode);
    }
}
