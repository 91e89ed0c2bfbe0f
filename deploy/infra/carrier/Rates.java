import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The price list: each service's rate follows from the parcel's weight (rounded up to whole pounds) and a distance
 * class from the ZIP codes (1 local: same first three digits; up to 8 across the country; 9 international), so
 * the same shipment is always offered the same rates. Above a carrier's weight limit it offers nothing and says so
 * in the shipment's messages, as EasyPost reports a carrier's rate error: above 150 lb no carrier rates at all.
 */
final class Rates {

    record Service(String carrier, String name, double base, double perPound, double perZone, int maxPounds,
            boolean domesticOnly, boolean localOnly, boolean guaranteed) {

        int deliveryDays(int zone) {
            return switch (name) {
                case "SameDay" -> 0;
                case "GroundAdvantage" -> 2 + zone / 2;
                case "Priority" -> 1 + zone / 3;
                case "Ground" -> 1 + zone * 5 / 8;
                case "ExpressWorldwide" -> zone == 9 ? 3 : 1 + zone / 6;
                default -> zone > 6 ? 2 : 1;
            };
        }
    }

    static final List<Service> SERVICES = List.of(
            new Service("USPS", "GroundAdvantage", 4.75, 0.60, 0.35, 70, true, false, false),
            new Service("USPS", "Priority", 7.90, 0.95, 0.55, 70, false, false, false),
            new Service("USPS", "Express", 24.90, 1.60, 1.10, 70, false, false, true),
            new Service("UPS", "Ground", 9.20, 0.85, 0.45, 150, true, false, false),
            new Service("UPS", "NextDayAir", 32.50, 2.40, 1.60, 150, true, false, true),
            new Service("DHLExpress", "ExpressWorldwide", 38.00, 2.90, 1.20, 150, false, false, true),
            new Service("LocalCourier", "SameDay", 12.00, 0.40, 0.0, 50, true, true, true));

    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis());
    private final Set<String> issuedCodes = new HashSet<>();

    static int zone(JsonObject from, JsonObject to) {
        String fromCountry = country(from);
        if (!fromCountry.equals(country(to))) {
            return 9;
        }
        String fromZip = digits(Json.text(from, "zip"));
        String toZip = digits(Json.text(to, "zip"));
        if (fromZip.length() < 3 || toZip.length() < 3) {
            return 5;
        }
        if (fromZip.substring(0, 3).equals(toZip.substring(0, 3))) {
            return 1;
        }
        return 2 + Math.min(6, Math.abs(fromZip.charAt(0) - toZip.charAt(0)));
    }

    static String country(JsonObject address) {
        String country = Json.text(address, "country");
        return country == null ? "US" : country.toUpperCase(Locale.ROOT);
    }

    private static String digits(String zip) {
        return zip == null ? "" : zip.replaceAll("[^0-9]", "");
    }

    /** Fills the shipment's rates and messages. */
    static void quote(JsonObject shipment, String shipmentId, double weightOunces, Instant now) {
        int zone = zone(Json.object(shipment, "from_address"), Json.object(shipment, "to_address"));
        int pounds = (int) Math.ceil(weightOunces / 16.0);
        JsonArray rates = new JsonArray();
        JsonArray messages = new JsonArray();
        List<String> refusedCarriers = new ArrayList<>();
        for (Service service : SERVICES) {
            if ((service.domesticOnly() && zone == 9) || (service.localOnly() && zone != 1)) {
                continue;
            }
            if (pounds > service.maxPounds()) {
                if (!refusedCarriers.contains(service.carrier())) {
                    refusedCarriers.add(service.carrier());
                    messages.add(message(service.carrier(), "rate_error", "Parcel weight of " + pounds
                            + " lb exceeds the carrier's limit of " + service.maxPounds() + " lb"));
                }
                continue;
            }
            rates.add(rate(service, shipmentId, zone, pounds, now));
        }
        shipment.add("rates", rates);
        shipment.add("messages", messages);
        shipment.addProperty("usps_zone", Math.min(zone, 8));
    }

    private static JsonObject rate(Service service, String shipmentId, int zone, int pounds, Instant now) {
        double price = service.base() + service.perPound() * Math.max(1, pounds) + service.perZone() * zone;
        String amount = String.format(Locale.ROOT, "%.2f", price);
        int days = service.deliveryDays(zone);
        JsonObject rate = new JsonObject();
        rate.addProperty("id", Json.id("rate"));
        rate.addProperty("object", "Rate");
        rate.addProperty("mode", "test");
        rate.addProperty("created_at", Json.instant(now));
        rate.addProperty("updated_at", Json.instant(now));
        rate.addProperty("service", service.name());
        rate.addProperty("carrier", service.carrier());
        // EasyPost sends amounts as strings; the client's Float fields read them
        rate.addProperty("rate", amount);
        rate.addProperty("currency", "USD");
        rate.addProperty("retail_rate", String.format(Locale.ROOT, "%.2f", price * 1.15));
        rate.addProperty("retail_currency", "USD");
        rate.addProperty("list_rate", String.format(Locale.ROOT, "%.2f", price * 1.05));
        rate.addProperty("list_currency", "USD");
        rate.addProperty("delivery_days", days);
        rate.addProperty("est_delivery_days", days);
        rate.addProperty("delivery_date", Json.instant(now.plus(days, ChronoUnit.DAYS)));
        rate.addProperty("delivery_date_guaranteed", service.guaranteed());
        rate.addProperty("shipment_id", shipmentId);
        rate.addProperty("carrier_account_id", "ca_local_" + service.carrier().toLowerCase(Locale.ROOT));
        rate.addProperty("billing_type", "easypost");
        return rate;
    }

    private static JsonObject message(String carrier, String type, String text) {
        JsonObject message = new JsonObject();
        message.addProperty("carrier", carrier);
        message.addProperty("type", type);
        message.addProperty("message", text);
        return message;
    }

    /**
     * A tracking code in the carrier's format (USPS 22 digits from 9400, UPS 1Z..., DHL 10 digits, the courier
     * LC...), from a serial that starts at the clock so that codes stay unique across restarts of the platform.
     */
    synchronized String trackingCode(String carrier) {
        while (true) {
            long next = serial.incrementAndGet();
            String code = switch (carrier) {
                case "USPS" -> "94001" + String.format("%017d", next);
                case "UPS" -> "1Z999AA1" + String.format("%010d", next % 10_000_000_000L);
                case "DHLExpress" -> String.format("%010d", next % 10_000_000_000L);
                default -> "LC" + String.format("%013d", next);
            };
            if (issuedCodes.add(code)) {
                return code;
            }
        }
    }
}
