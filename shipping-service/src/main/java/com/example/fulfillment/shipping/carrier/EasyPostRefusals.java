package com.example.fulfillment.shipping.carrier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.easypost.exception.APIException;
import com.easypost.exception.EasyPostException;
import com.easypost.exception.API.HttpError;
import com.easypost.exception.API.InvalidRequestError;
import com.easypost.exception.API.JsonError;
import com.easypost.exception.API.RateLimitError;
import com.easypost.exception.API.TimeoutError;
import com.easypost.model.Error;
import com.example.fulfillment.domain.InvalidInput.FieldError;
import com.example.fulfillment.shipping.domain.CarrierPlatformRefused;
import com.example.fulfillment.shipping.domain.CarrierPlatformUnavailable;
import com.example.fulfillment.shipping.domain.InvalidShippingAddress;

/**
 * The client's exceptions as shipping's refusals. Unavailable: no connection or no answer in time (the client's
 * HttpError), a 408, 429 or 5xx, or an answer that is not the platform's JSON (a proxy's error page); the same
 * call later may pass. An invalid address: a 422 about either address. Anything else the platform refused
 * knowingly (401, 403, 404, another 422) and will refuse again.
 */
final class EasyPostRefusals {

    /** EasyPost's address fields under Address's names, for a refusal the domain can show without EasyPost. */
    private static final Map<String, String> ADDRESS_FIELDS = Map.of("name", "recipient", "company", "recipient",
            "street1", "street", "street2", "street", "city", "city", "zip", "postalCode", "state", "region",
            "country", "country");
    private static final Map<String, String> ADDRESS_ROLES = Map.of("to_address", "to", "from_address", "from",
            "address", "at");

    interface PlatformCall<T> {
        T call() throws EasyPostException;
    }

    private final String platform;
    private final Duration retryAfter;

    EasyPostRefusals(String platform, Duration retryAfter) {
        this.platform = platform;
        this.retryAfter = retryAfter;
    }

    <T> T call(String what, PlatformCall<T> call) {
        try {
            return call.call();
        } catch (EasyPostException e) {
            throw translate(what, e);
        }
    }

    RuntimeException translate(String what, EasyPostException e) {
        if (e instanceof HttpError || e instanceof JsonError) {
            return unavailable(what, "not reachable or not answering in time: " + e.getMessage(), e);
        }
        if (e instanceof APIException api) {
            int status = api.getStatusCode() == null ? 0 : api.getStatusCode();
            if (e instanceof TimeoutError || e instanceof RateLimitError || status >= 500) {
                return unavailable(what, "answered " + status + " " + api.getMessage(), e);
            }
            if (e instanceof InvalidRequestError invalid) {
                List<FieldError> addressErrors = addressErrors(invalid);
                if (!addressErrors.isEmpty() || String.valueOf(api.getCode()).startsWith("ADDRESS.")) {
                    return new InvalidShippingAddress(addressErrors.isEmpty()
                            ? List.of(new FieldError("address", String.valueOf(api.getMessage())))
                            : addressErrors);
                }
            }
            return new CarrierPlatformRefused(what + " refused by the carrier platform (" + status + " "
                    + api.getCode() + "): " + api.getMessage(), e);
        }
        return new CarrierPlatformRefused(what + " could not be asked of the carrier platform: " + e.getMessage(), e);
    }

    CarrierPlatformUnavailable unavailable(String what, String why, Throwable cause) {
        return new CarrierPlatformUnavailable(what + ": carrier platform " + platform + " " + why, retryAfter, cause);
    }

    /** "to_address.zip" becomes "to.postalCode"; errors about anything but an address are left out. */
    private static List<FieldError> addressErrors(InvalidRequestError invalid) {
        List<FieldError> errors = new ArrayList<>();
        for (Error error : invalid.getErrors() == null ? List.<Error>of() : invalid.getErrors()) {
            String field = error.getField() == null ? "" : error.getField().toLowerCase(Locale.ROOT);
            int dot = field.indexOf('.');
            String role = ADDRESS_ROLES.get(dot < 0 ? field : field.substring(0, dot));
            if (role != null) {
                String name = dot < 0 ? null : ADDRESS_FIELDS.getOrDefault(field.substring(dot + 1),
                        field.substring(dot + 1));
                errors.add(new FieldError(name == null ? role : role + "." + name,
                        String.valueOf(error.getMessage())));
            }
        }
        return errors;
    }
}
