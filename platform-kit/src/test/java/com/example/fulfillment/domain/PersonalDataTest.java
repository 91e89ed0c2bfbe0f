package com.example.fulfillment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void contactsAreMaskedButStayDistinguishable() {
        assertEquals("a***@example.com", PersonalData.masked("ada@example.com"));
        assertEquals("+49*********78", PersonalData.masked("+49 151 12345678"));
        assertFalse(PersonalData.masked("+49 151 12345678").contains("12345"));
        assertEquals("***", PersonalData.masked("12"));
        assertEquals("null", PersonalData.masked(null));
    }
}
