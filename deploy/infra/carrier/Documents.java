import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import com.google.gson.JsonObject;
import com.google.zxing.oned.Code128Writer;

/**
 * The printed documents: a 4x6 inch shipping label as PDF or ZPL, and a scan form's manifest as PDF. The label's
 * barcode is a real Code 128 of the tracking code (ZXing's encoder, drawn as PDF rectangles), printed as text
 * below it too, so that a scanner and a text extraction both find it.
 */
final class Documents {

    private static final float POINTS_PER_INCH = 72f;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private Documents() {
    }

    record Label(JsonObject from, JsonObject to, String carrier, String service, double weightOunces,
            String trackingCode, String shipmentId) {
    }

    static byte[] labelPdf(Label label) {
        PDRectangle size = new PDRectangle(4 * POINTS_PER_INCH, 6 * POINTS_PER_INCH);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float left = 14;
                float y = size.getHeight() - 22;
                text(content, BOLD, 14, left, y, label.carrier() + " " + label.service());
                y -= 22;
                y = block(content, left, y, "FROM", addressLines(label.from()));
                y -= 8;
                y = block(content, left, y, "SHIP TO", addressLines(label.to()));
                y -= 10;
                text(content, REGULAR, 9, left, y, String.format(Locale.ROOT, "Weight: %.1f oz (%.2f lb)",
                        label.weightOunces(), label.weightOunces() / 16.0));
                y -= 12;
                text(content, REGULAR, 8, left, y, "Shipment " + label.shipmentId());
                float barHeight = 72;
                float barTop = 28 + barHeight + 14;
                code128(content, label.trackingCode(), left, 40, size.getWidth() - 2 * left, barHeight);
                text(content, BOLD, 11, left, 24, label.trackingCode());
                text(content, REGULAR, 8, left, barTop, "TRACKING #");
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String labelZpl(Label label) {
        StringBuilder zpl = new StringBuilder("^XA\n^CI28\n");
        zpl.append("^FO30,30^A0N,40,40^FD").append(zplText(label.carrier() + " " + label.service())).append("^FS\n");
        int y = 90;
        for (String line : block("FROM", addressLines(label.from()))) {
            zpl.append("^FO30,").append(y).append("^A0N,24,24^FD").append(zplText(line)).append("^FS\n");
            y += 28;
        }
        y += 12;
        for (String line : block("SHIP TO", addressLines(label.to()))) {
            zpl.append("^FO30,").append(y).append("^A0N,30,30^FD").append(zplText(line)).append("^FS\n");
            y += 34;
        }
        zpl.append("^FO30,").append(y + 10).append("^A0N,24,24^FD")
                .append(String.format(Locale.ROOT, "Weight: %.1f oz", label.weightOunces())).append("^FS\n");
        // ^BC: Code 128, 200 dots high, the interpretation line printed below the bars
        zpl.append("^FO30,900^BY3^BCN,200,Y,N,N^FD").append(label.trackingCode()).append("^FS\n");
        zpl.append("^XZ\n");
        return zpl.toString();
    }

    /** The carrier's copy of a scan form: the shipments handed over together, one tracking code a line. */
    static byte[] manifestPdf(String formId, JsonObject from, List<String[]> shipments, String createdAt) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = null;
            PDPageContentStream content = null;
            float y = 0;
            try {
                for (int i = -1; i < shipments.size(); i++) {
                    if (content == null || y < 50) {
                        if (content != null) {
                            content.close();
                        }
                        page = new PDPage(PDRectangle.LETTER);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        y = page.getMediaBox().getHeight() - 50;
                    }
                    if (i < 0) {
                        text(content, BOLD, 16, 50, y, "SCAN FORM " + formId);
                        y -= 18;
                        text(content, REGULAR, 10, 50, y, "Created " + createdAt + "   Shipments: "
                                + shipments.size());
                        y -= 14;
                        text(content, REGULAR, 10, 50, y, "From: " + String.join(", ", addressLines(from)));
                        y -= 24;
                        continue;
                    }
                    String[] row = shipments.get(i);
                    text(content, REGULAR, 10, 50, y, (i + 1) + ".  " + row[0] + "   " + row[1] + "   " + row[2]);
                    y -= 14;
                }
            } finally {
                if (content != null) {
                    content.close();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> addressLines(JsonObject address) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, Json.text(address, "name"));
        addIfPresent(lines, Json.text(address, "company"));
        addIfPresent(lines, Json.text(address, "street1"));
        addIfPresent(lines, Json.text(address, "street2"));
        String city = String.join(" ", nonNull(Json.text(address, "city")), nonNull(Json.text(address, "state")),
                nonNull(Json.text(address, "zip"))).strip().replaceAll(" +", " ");
        addIfPresent(lines, city.isEmpty() ? null : city);
        addIfPresent(lines, Rates.country(address));
        return lines;
    }

    private static List<String> block(String heading, List<String> lines) {
        List<String> block = new ArrayList<>();
        block.add(heading + ":");
        block.addAll(lines);
        return block;
    }

    private static float block(PDPageContentStream content, float left, float y, String heading, List<String> lines)
            throws IOException {
        text(content, BOLD, 8, left, y, heading);
        float line = y - 12;
        for (String text : lines) {
            text(content, REGULAR, 10, left + 8, line, text);
            line -= 12;
        }
        return line;
    }

    private static void code128(PDPageContentStream content, String code, float x, float y, float width, float height)
            throws IOException {
        boolean[] modules = new Code128Writer().encode(code);
        float moduleWidth = Math.min(2.0f, width / modules.length);
        for (int i = 0; i < modules.length; i++) {
            int start = i;
            while (i < modules.length && modules[i]) {
                i++;
            }
            if (i > start) {
                content.addRect(x + start * moduleWidth, y, (i - start) * moduleWidth, height);
            }
        }
        content.fill();
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(Json.printable(text));
        content.endText();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** ^ and ~ are ZPL's command prefixes; a name must not start a command. */
    private static String zplText(String text) {
        return text.replace('^', ' ').replace('~', ' ');
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
