package com.example.fulfillment.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * In the prod profile a service refuses to start while a secret it needs is missing or still a placeholder (the
 * "replace-with-…" values of deploy/k8s), and names each one: better no service than one that takes unverified
 * webhooks or talks to a database with a password everybody knows. Each service lists its secrets in
 * {@code fulfillment.secrets.required}; the dev and test profiles have their own values and are not checked.
 */
@ApplicationScoped
public class ProductionSecrets {

    private static final List<String> PLACEHOLDERS = List.of("replace-with", "change-me", "changeme", "placeholder",
            "<", "todo", "xxx");

    void check(@Observes StartupEvent start, Config config,
            @ConfigProperty(name = "fulfillment.secrets.required") List<String> required) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<String> problems = problems(config, required);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start in the prod profile: " + String.join("; ", problems)
                    + ". Set them (environment variables or a secret store) to the real values.");
        }
    }

    public static List<String> problems(Config config, List<String> required) {
        List<String> problems = new ArrayList<>();
        for (String property : required) {
            Optional<String> value = config.getOptionalValue(property, String.class).map(String::strip);
            if (value.isEmpty() || value.get().isEmpty()) {
                problems.add(property + " is not set");
            } else if (isPlaceholder(value.get())) {
                problems.add(property + " is still a placeholder");
            }
        }
        return problems;
    }

    static boolean isPlaceholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return PLACEHOLDERS.stream().anyMatch(lower::startsWith);
    }
}
