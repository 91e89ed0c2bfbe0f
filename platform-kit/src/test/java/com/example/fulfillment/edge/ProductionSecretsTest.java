package com.example.fulfillment.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class ProductionSecretsTest {

    @Test
    void missingEmptyAndPlaceholderSecretsAreNamedRealOnesPass() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "db.password", "s3cr3t-from-the-vault",
                "easypost.secret", "replace-with-the-easypost-webhook-secret",
                "sms.key", "  ",
                "local.key", "local-plain-secret"), "test", 100)).build();

        List<String> problems = ProductionSecrets.problems(config,
                List.of("db.password", "easypost.secret", "sms.key", "shippo.token", "local.key"));

        assertEquals(List.of("easypost.secret is still a placeholder", "sms.key is not set",
                "shippo.token is not set"), problems);
        assertTrue(ProductionSecrets.isPlaceholder("CHANGE-ME"));
        assertFalse(ProductionSecrets.isPlaceholder("a-real-secret"));
    }
}
