package com.example.fulfillment.edge;

/** What the edge accepts as text: in bodies, path segments and query parameters alike. */
public final class TextRules {

    public static final String CONTROL_CHARACTER = "must not contain control characters (such as NUL) or unpaired"
            + " surrogates";

    private TextRules() {
    }

    public static boolean isPlainText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
