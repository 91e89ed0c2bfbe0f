package com.example.fulfillment.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

import com.example.fulfillment.systemtest.RunningStack.Service;

/**
 * docker compose and Kubernetes cannot run on machines without a container engine, so this keeps
 * deploy/docker-compose.yml and deploy/k8s honest another way: it parses them and checks every service against the
 * code it deploys: the Dockerfile exists, the port is the one application.properties listens on, and every
 * environment variable the service's configuration reads without a usable default for containers is set, and
 * nothing is set that the configuration never reads.
 */
class DeploymentDescriptorsTest {

    private static final Path ROOT = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    /** Variables whose localhost defaults are wrong inside a container network. */
    private static final Set<String> MUST_BE_SET_IN_CONTAINERS = Set.of("KAFKA_BOOTSTRAP_SERVERS", "DB_HOST",
            "SMTP_HOST", "SMS_GATEWAY_URL");

    @ParameterizedTest
    @EnumSource(Service.class)
    @SuppressWarnings("unchecked")
    void composeDeploysTheServiceAsItsCodeExpects(Service service) throws IOException {
        Map<String, Object> compose = readCompose();
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> entry = (Map<String, Object>) services.get(service.module);
        assertTrue(entry != null, service.module + " is in docker-compose.yml");

        Map<String, Object> build = (Map<String, Object>) entry.get("build");
        Path context = ROOT.resolve("deploy").resolve((String) build.get("context")).normalize();
        assertEquals(ROOT.resolve(service.module), context, "build context of " + service.module);
        assertTrue(Files.exists(context.resolve((String) build.get("dockerfile"))), "Dockerfile of " + service.module);

        Properties properties = applicationProperties(service);
        String port = properties.getProperty("quarkus.http.port");
        assertEquals(List.of(port + ":" + port), entry.get("ports"), "published port of " + service.module);

        Map<String, Object> environment = (Map<String, Object>) entry.get("environment");
        for (String variable : referencedVariables(service)) {
            if (MUST_BE_SET_IN_CONTAINERS.contains(variable)) {
                assertTrue(environment.containsKey(variable),
                        service.module + " reads ${" + variable + "}, which docker-compose.yml must set");
            }
        }
        environment.keySet().forEach(variable -> assertTrue(referencedVariables(service).contains(variable),
                "docker-compose.yml sets " + variable + " for " + service.module + ", which its configuration never reads"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    @SuppressWarnings("unchecked")
    void kubernetesDeploysTheServiceAsItsCodeExpects(Service service) throws IOException {
        List<Map<String, Object>> documents = new java.util.ArrayList<>();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("deploy/k8s/services.yaml"))) {
            new Yaml().loadAll(reader).forEach(document -> documents.add((Map<String, Object>) document));
        }
        String port = applicationProperties(service).getProperty("quarkus.http.port");

        Map<String, Object> k8sService = resource(documents, "Service", service.module);
        Map<String, Object> servicePort = ((List<Map<String, Object>>) ((Map<String, Object>) k8sService.get("spec"))
                .get("ports")).get(0);
        assertEquals(port, String.valueOf(servicePort.get("targetPort")), "Service targetPort of " + service.module);

        Map<String, Object> deployment = resource(documents, "Deployment", service.module);
        Map<String, Object> podSpec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) deployment
                .get("spec")).get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) podSpec.get("containers")).get(0);
        assertEquals(port, String.valueOf(((List<Map<String, Object>>) container.get("ports")).get(0)
                .get("containerPort")), "containerPort of " + service.module);
        Map<String, Object> readiness = (Map<String, Object>) ((Map<String, Object>) container.get("readinessProbe"))
                .get("httpGet");
        assertEquals("/q/health/ready", readiness.get("path"));
        assertEquals(port, String.valueOf(readiness.get("port")), "readiness probe port of " + service.module);

        Set<String> environment = new java.util.TreeSet<>();
        ((List<Map<String, Object>>) container.get("env")).forEach(variable -> environment.add((String) variable.get("name")));
        for (String variable : referencedVariables(service)) {
            if (MUST_BE_SET_IN_CONTAINERS.contains(variable)) {
                assertTrue(environment.contains(variable),
                        service.module + " reads ${" + variable + "}, which deploy/k8s/services.yaml must set");
            }
        }
        environment.forEach(variable -> assertTrue(referencedVariables(service).contains(variable),
                "deploy/k8s sets " + variable + " for " + service.module + ", which its configuration never reads"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resource(List<Map<String, Object>> documents, String kind, String name) {
        return documents.stream()
                .filter(document -> kind.equals(document.get("kind"))
                        && name.equals(((Map<String, Object>) document.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("deploy/k8s/services.yaml has no " + kind + " " + name));
    }

    private static Map<String, Object> readCompose() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("deploy/docker-compose.yml"))) {
            return new Yaml().load(reader);
        }
    }

    private static Properties applicationProperties(Service service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(service.module).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> referencedVariables(Service service) {
        try {
            String text = Files.readString(ROOT.resolve(service.module).resolve("src/main/resources/application.properties"));
            Matcher matcher = ENV_REFERENCE.matcher(text);
            java.util.Set<String> names = new java.util.TreeSet<>();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
