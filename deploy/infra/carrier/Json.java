import java.text.DateFormat;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reading what the EasyPost client sends and writing what it parses (ids, ISO-8601 instants). */
final class Json {

    private Json() {
    }

    /** EasyPost's ids: a type prefix and 32 hex digits, e.g. shp_6f1c... */
    static String id(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Whole seconds, with a Z: what Gson's Date adapter of the client reads (ISO-8601 fallback). */
    static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String now() {
        return instant(Instant.now());
    }

    static JsonObject object(JsonObject parent, String name) {
        JsonElement value = parent == null ? null : parent.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    static String text(JsonObject parent, String name) {
        JsonElement value = parent == null ? null : parent.get(name);
        if (value == null || value.isJsonNull() || !value.isJsonPrimitive()) {
            return null;
        }
        String text = value.getAsString().strip();
        return text.isEmpty() ? null : text;
    }

    /** A number the client may send as a number or, as EasyPost's own JSON does, as a string; null if neither. */
    static Double number(JsonObject parent, String name) {
        String text = text(parent, name);
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * An instant as ISO-8601, or as the client's nested plain Gson writes a java.util.Date ("Dec 2, 2026, 3:50:00
     * PM"), since a Date in a params map reaches us that way.
     */
    static Instant parseInstant(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return DateFormat.getDateTimeInstance(DateFormat.DEFAULT, DateFormat.DEFAULT, Locale.US)
                        .parse(text).toInstant();
            } catch (ParseException e) {
                throw new ApiError(422, "PICKUP.INVALID_PARAMETERS", field + " is not an ISO-8601 date-time: " + text,
                        java.util.List.of(new ApiError.FieldError(field, "must be an ISO-8601 date-time")));
            }
        }
    }

    /** Label text must stay within WinAnsi, the encoding of PDF's standard fonts. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            printable.append((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) ? c : '?');
        }
        return printable.toString();
    }
}
