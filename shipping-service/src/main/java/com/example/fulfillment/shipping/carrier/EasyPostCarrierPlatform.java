package com.example.fulfillment.shipping.carrier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import javax.net.ssl.SSLContext;

import com.easypost.exception.General.MissingParameterError;
import com.easypost.model.Pickup;
import com.easypost.model.PickupRate;
import com.easypost.model.PostageLabel;
import com.easypost.model.Rate;
import com.easypost.model.ScanForm;
import com.easypost.model.Shipment;
import com.easypost.service.EasyPostClient;
import com.example.fulfillment.shipping.domain.Address;
import com.example.fulfillment.shipping.domain.BoughtLabel;
import com.example.fulfillment.shipping.domain.CarrierOffer;
import com.example.fulfillment.shipping.domain.CarrierPlatform;
import com.example.fulfillment.shipping.domain.CarrierPlatformRefused;
import com.example.fulfillment.shipping.domain.CarrierQuote;
import com.example.fulfillment.shipping.domain.LabelFormat;
import com.example.fulfillment.shipping.domain.LabelRefund;
import com.example.fulfillment.shipping.domain.Manifest;
import com.example.fulfillment.shipping.domain.ParcelToShip;
import com.example.fulfillment.shipping.domain.PickupBooking;
import com.example.fulfillment.shipping.domain.PickupRequest;
import com.example.fulfillment.shipping.domain.RateChoice;
import com.example.fulfillment.shipping.domain.RateRules;
import com.example.fulfillment.shipping.domain.ShippingMethod;

/**
 * The carrier platform on EasyPost's API, through EasyPost's own Java client: shipping's parcels, offers, labels,
 * pickups and manifests to and from the client's models, and the client's exceptions to shipping's refusals
 * ({@link EasyPostRefusals}). Documents (label PDF and ZPL, the manifest's PDF) are fetched from the URLs the
 * platform returns, so shipping keeps them even after the platform's links expire.
 */
public class EasyPostCarrierPlatform implements CarrierPlatform {

    private static final BigDecimal MM_PER_INCH = new BigDecimal("25.4");
    private static final BigDecimal GRAMS_PER_OUNCE = new BigDecimal("28.349523125");

    private final EasyPostClient client;
    private final RateRules rules;
    private final EasyPostRefusals refusals;
    private final PlatformDocuments documents;

    /** tls verifies the platform's document hosts; the client's own connections: {@link CarrierPlatformTrust}. */
    public EasyPostCarrierPlatform(String url, String apiKey, Duration connectTimeout, Duration readTimeout,
            Duration retryAfter, RateRules rules, SSLContext tls) {
        try {
            this.client = new EasyPostClient(apiKey, (int) connectTimeout.toMillis(),
                    (int) readTimeout.toMillis(), url);
        } catch (MissingParameterError e) {
            throw new IllegalStateException("shipping.carrier-platform.api-key is not set", e);
        }
        this.rules = rules;
        this.refusals = new EasyPostRefusals(url, retryAfter);
        this.documents = new PlatformDocuments(tls, connectTimeout, readTimeout, refusals);
    }

    @Override
    public CarrierQuote quote(ParcelToShip parcel) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("reference", parcel.reference());
        params.put("from_address", address(parcel.from()));
        params.put("to_address", address(parcel.to()));
        params.put("parcel", Map.of("length", inches(parcel.lengthMm()), "width", inches(parcel.widthMm()),
                "height", inches(parcel.heightMm()), "weight", ounces(parcel.weightGrams())));
        // EasyPost's default label is a PNG; the packing stations print PDF (and ZPL, converted on request)
        params.put("options", Map.of("label_format", "PDF"));
        Shipment shipment = refusals.call("quote parcel " + parcel.reference(), () -> client.shipment.create(params));
        List<CarrierOffer> offers = shipment.getRates() == null ? List.of()
                : shipment.getRates().stream().map(rate -> offer(shipment.getId(), rate)).toList();
        List<String> notes = shipment.getMessages() == null ? List.of()
                : shipment.getMessages().stream().map(message -> message.getCarrier() + ": " + message.getMessage())
                        .toList();
        return new CarrierQuote(shipment.getId(), offers, notes);
    }

    @Override
    public RateChoice choose(CarrierQuote quote, ShippingMethod method) {
        return rules.choose(quote, method);
    }

    @Override
    public BoughtLabel buy(CarrierOffer offer, Set<LabelFormat> formats) {
        String id = offer.platformShipmentId();
        Map<String, Object> params = new HashMap<>();
        params.put("rate", Map.of("id", offer.offerId()));
        Shipment bought = refusals.call("buy label of " + id, () -> client.shipment.buy(id, params));
        PostageLabel label = bought.getPostageLabel();
        String pdfUrl = label.getLabelPdfUrl();
        if (pdfUrl == null) {
            pdfUrl = refusals.call("convert label of " + id + " to PDF",
                    () -> client.shipment.label(id, Map.of("file_format", "PDF"))).getPostageLabel().getLabelPdfUrl();
        }
        byte[] pdf = documents.fetch(pdfUrl, "label PDF of " + id);
        Optional<byte[]> zpl = Optional.empty();
        if (formats.contains(LabelFormat.ZPL)) {
            String zplUrl = label.getLabelZplUrl() != null ? label.getLabelZplUrl()
                    : refusals.call("convert label of " + id + " to ZPL",
                            () -> client.shipment.label(id, Map.of("file_format", "ZPL"))).getPostageLabel()
                            .getLabelZplUrl();
            zpl = Optional.of(documents.fetch(zplUrl, "label ZPL of " + id));
        }
        Rate selected = bought.getSelectedRate();
        return new BoughtLabel(id, selected.getCarrier(), selected.getService(), bought.getTrackingCode(),
                bought.getTracker() == null ? null : bought.getTracker().getId(), pdf, zpl);
    }

    @Override
    public PickupBooking bookPickup(PickupRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("shipment", Map.of("id", request.platformShipmentId()));
        params.put("address", address(request.at()));
        params.put("min_datetime", request.earliest().toString());
        params.put("max_datetime", request.latest().toString());
        params.put("instructions", request.instructions() == null ? "" : request.instructions());
        String what = "pickup of " + request.platformShipmentId();
        Pickup pickup = refusals.call(what, () -> client.pickup.create(params));
        // the shipment's carrier offers its pickup services; the cheapest collects as well as any other
        PickupRate cheapest = Optional.ofNullable(pickup.getPickupRates()).orElse(List.of()).stream()
                .filter(rate -> rate.getRate() != null).min(Comparator.comparing(PickupRate::getRate))
                .orElseThrow(() -> new CarrierPlatformRefused("no carrier offers a pickup for "
                        + request.platformShipmentId() + " in that window", null));
        Pickup bought = refusals.call("buy " + what, () -> client.pickup.buy(pickup.getId(), cheapest));
        return new PickupBooking(bought.getId(), bought.getConfirmation(), cheapest.getCarrier(),
                cheapest.getService(), amount(cheapest.getRate()), cheapest.getCurrency());
    }

    @Override
    public Manifest manifest(List<String> platformShipmentIds) {
        List<Map<String, Object>> shipments = platformShipmentIds.stream()
                .map(id -> Map.<String, Object>of("id", id)).toList();
        String what = "manifest of " + platformShipmentIds.size() + " shipments";
        ScanForm form = refusals.call(what, () -> client.scanForm.create(Map.of("shipments", shipments)));
        return new Manifest(form.getId(), List.copyOf(form.getTrackingCodes()),
                documents.fetch(form.getFormUrl(), what));
    }

    @Override
    public LabelRefund refund(String platformShipmentId) {
        Shipment refunded = refusals.call("refund label of " + platformShipmentId,
                () -> client.shipment.refund(platformShipmentId));
        String status = String.valueOf(refunded.getRefundStatus()).toLowerCase(Locale.ROOT);
        LabelRefund.State state = switch (status) {
            case "refunded" -> LabelRefund.State.REFUNDED;
            case "rejected", "not_applicable" -> LabelRefund.State.REJECTED;
            default -> LabelRefund.State.SUBMITTED;
        };
        return new LabelRefund(platformShipmentId, state);
    }

    private static CarrierOffer offer(String shipmentId, Rate rate) {
        Number days = rate.getDeliveryDays() != null ? rate.getDeliveryDays() : rate.getEstDeliveryDays();
        return new CarrierOffer(rate.getId(), shipmentId, rate.getCarrier(), rate.getService(),
                amount(rate.getRate()), rate.getCurrency(),
                days == null ? OptionalInt.empty() : OptionalInt.of(days.intValue()));
    }

    /** The client reads EasyPost's amounts ("6.20") into floats; their decimal text is the amount meant. */
    private static BigDecimal amount(Float rate) {
        return rate == null ? null : new BigDecimal(rate.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    /** Address's fields in EasyPost's names; {@link EasyPostRefusals} maps them back for an invalid address. */
    private static Map<String, Object> address(Address address) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", address.recipient());
        fields.put("street1", address.street());
        fields.put("city", address.city());
        fields.put("zip", address.postalCode() == null ? "" : address.postalCode());
        if (address.region() != null) {
            fields.put("state", address.region());
        }
        fields.put("country", address.country());
        return fields;
    }

    /** Rounded up to a tenth: a carrier bills the size it measures, and rounding down would under-declare it. */
    static BigDecimal inches(int millimetres) {
        return BigDecimal.valueOf(millimetres).divide(MM_PER_INCH, 1, RoundingMode.CEILING);
    }

    static BigDecimal ounces(int grams) {
        return BigDecimal.valueOf(grams).divide(GRAMS_PER_OUNCE, 1, RoundingMode.CEILING);
    }
}
