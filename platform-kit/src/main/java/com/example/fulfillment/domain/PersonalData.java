package com.example.fulfillment.domain;

/**
 * How a customer's contact details appear in logs: enough to tell two apart while investigating, not enough to
 * reach the person. Logs travel further than the database and are kept by other rules.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** "ada@example.com" → "a***@example.com"; "+49 151 12345678" → "+49*******78"; anything else → "***". */
    public static String masked(String contact) {
        if (contact == null || contact.isBlank()) {
            return String.valueOf(contact);
        }
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.charAt(0) + "***" + contact.substring(at);
        }
        String digits = contact.replaceAll("[^0-9+]", "");
        if (digits.length() >= 6) {
            return digits.substring(0, 3) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 2);
        }
        return "***";
    }
}
