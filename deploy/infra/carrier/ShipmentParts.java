import java.time.Instant;
import java.util.List;

import com.google.gson.JsonObject;

/** A shipment's addresses and parcel as EasyPost returns them, each an object of its own with an id. */
final class ShipmentParts {

    private ShipmentParts() {
    }

    static void requireAddress(String name, JsonObject address, List<ApiError.FieldError> errors) {
        if (address == null) {
            errors.add(new ApiError.FieldError(name, "is required"));
            return;
        }
        for (String field : List.of("street1", "city", "zip")) {
            if (Json.text(address, field) == null) {
                errors.add(new ApiError.FieldError(name + "." + field, "cannot be blank"));
            }
        }
    }

    static JsonObject address(JsonObject given, Instant now) {
        JsonObject address = new JsonObject();
        address.addProperty("id", Json.id("adr"));
        address.addProperty("object", "Address");
        address.addProperty("mode", "test");
        address.addProperty("created_at", Json.instant(now));
        address.addProperty("updated_at", Json.instant(now));
        for (String field : List.of("name", "company", "street1", "street2", "city", "state", "zip", "phone",
                "email", "carrier_facility", "federal_tax_id", "state_tax_id")) {
            address.addProperty(field, Json.text(given, field));
        }
        address.addProperty("country", Rates.country(given));
        address.addProperty("residential", Shipments.bool(given, "residential"));
        return address;
    }

    static JsonObject parcel(JsonObject given, double weight, Instant now) {
        JsonObject parcel = new JsonObject();
        parcel.addProperty("id", Json.id("prcl"));
        parcel.addProperty("object", "Parcel");
        parcel.addProperty("mode", "test");
        parcel.addProperty("created_at", Json.instant(now));
        parcel.addProperty("updated_at", Json.instant(now));
        parcel.addProperty("length", Json.number(given, "length"));
        parcel.addProperty("width", Json.number(given, "width"));
        parcel.addProperty("height", Json.number(given, "height"));
        parcel.addProperty("predefined_package", Json.text(given, "predefined_package"));
        parcel.addProperty("weight", weight);
        return parcel;
    }
}
