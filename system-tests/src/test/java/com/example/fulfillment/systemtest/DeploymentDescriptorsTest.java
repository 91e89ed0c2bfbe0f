package com.example.fulfillment.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import com.example.fulfillment.systemtest.RunningStack.Listed;
import com.example.fulfillment.systemtest.RunningStack.Service;

/**
 * docker compose and Kubernetes cannot run on machines without a container engine, so this keeps
 * deploy/docker-compose.yml and deploy/k8s honest another way: it parses them and checks every service against the
 * code it deploys: the Dockerfile exists, the port is the one application.properties listens on, and every
 * environment variable the service's configuration reads without a usable default for containers is set, and
 * nothing is set that the configuration never reads. The services are those of deploy/services.txt, the one list
 * that deploy/stack.sh, deploy/infra.sh and RunningStack read; it is held to the code and the descriptors here too.
 */
class DeploymentDescriptorsTest {

    private static final Path ROOT = RunningStack.REPO_ROOT;
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    /** Variables whose localhost defaults are wrong inside a container network. */
    private static final Set<String> MUST_BE_SET_IN_CONTAINERS = Set.of("KAFKA_BOOTSTRAP_SERVERS", "DB_HOST",
            "SMTP_HOST", "SMS_GATEWAY_URL");

    static List<Listed> listedServices() {
        return Listed.ALL;
    }

    @ParameterizedTest
    @MethodSource("listedServices")
    void theListHasTheServiceAsItsConfigurationDoes(Listed service) throws IOException {
        Properties properties = applicationProperties(service);
        assertEquals(String.valueOf(service.port()), properties.getProperty("quarkus.http.port"),
                "deploy/services.txt gives " + service.module() + " the port its application.properties listens on");
        assertTrue(properties.getProperty("quarkus.datasource.jdbc.url", "").endsWith("/" + service.database()),
                service.module() + " uses the database deploy/services.txt gives it, " + service.database());
        assertTrue(properties.getProperty("%test.quarkus.datasource.jdbc.url", "")
                .endsWith("/" + service.database() + "_test"),
                service.module() + "'s tests use " + service.database() + "_test, which deploy/infra.sh creates");
    }

    @Test
    void theSystemTestsStartEveryListedService() {
        assertEquals(Listed.ALL.stream().map(Listed::module).toList(),
                Arrays.stream(Service.values()).map(service -> service.module).toList(),
                "RunningStack.Service names the services of deploy/services.txt, in its order");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeAndKubernetesDeployNoServiceTheListLacks() throws IOException {
        Set<String> listed = new TreeSet<>(Listed.ALL.stream().map(Listed::module).toList());
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) readCompose().get("services");
        services.forEach((name, entry) -> assertTrue(!entry.containsKey("build") || listed.contains(name),
                "docker-compose.yml builds " + name + ", which deploy/services.txt does not list"));
        readKubernetesServices().stream()
                .filter(document -> "Deployment".equals(document.get("kind")))
                .map(document -> (String) ((Map<String, Object>) document.get("metadata")).get("name"))
                .forEach(name -> assertTrue(listed.contains(name),
                        "deploy/k8s/services.yaml deploys " + name + ", which deploy/services.txt does not list"));
    }

    @Test
    void postgresInitCreatesTheListedDatabases() throws IOException {
        Matcher matcher = Pattern.compile("(?im)^\\s*create database (\\w+)\\s*;")
                .matcher(Files.readString(ROOT.resolve("deploy/k8s/postgres-init.sql")));
        Set<String> created = new TreeSet<>();
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        assertEquals(new TreeSet<>(Listed.ALL.stream().map(Listed::database).toList()), created,
                "deploy/k8s/postgres-init.sql (compose and Kubernetes) creates the databases of deploy/services.txt");
    }

    @ParameterizedTest
    @MethodSource("listedServices")
    @SuppressWarnings("unchecked")
    void composeDeploysTheServiceAsItsCodeExpects(Listed service) throws IOException {
        Map<String, Object> compose = readCompose();
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> entry = (Map<String, Object>) services.get(service.module());
        assertTrue(entry != null, service.module() + " is in docker-compose.yml");

        Map<String, Object> build = (Map<String, Object>) entry.get("build");
        Path context = ROOT.resolve("deploy").resolve((String) build.get("context")).normalize();
        assertEquals(ROOT.resolve(service.module()), context, "build context of " + service.module());
        assertTrue(Files.exists(context.resolve((String) build.get("dockerfile"))),
                "Dockerfile of " + service.module());

        Properties properties = applicationProperties(service);
        String port = properties.getProperty("quarkus.http.port");
        assertEquals(List.of(port + ":" + port), entry.get("ports"), "published port of " + service.module());

        Map<String, Object> environment = (Map<String, Object>) entry.get("environment");
        for (String variable : referencedVariables(service)) {
            if (MUST_BE_SET_IN_CONTAINERS.contains(variable)) {
                assertTrue(environment.containsKey(variable),
                        service.module() + " reads ${" + variable + "}, which docker-compose.yml must set");
            }
        }
        environment.keySet().forEach(variable -> assertTrue(referencedVariables(service).contains(variable),
                "docker-compose.yml sets " + variable + " for " + service.module() + ", which its configuration never reads"));
    }

    @ParameterizedTest
    @MethodSource("listedServices")
    @SuppressWarnings("unchecked")
    void kubernetesDeploysTheServiceAsItsCodeExpects(Listed service) throws IOException {
        List<Map<String, Object>> documents = readKubernetesServices();
        String port = applicationProperties(service).getProperty("quarkus.http.port");

        Map<String, Object> k8sService = resource(documents, "Service", service.module());
        Map<String, Object> servicePort = ((List<Map<String, Object>>) ((Map<String, Object>) k8sService.get("spec"))
                .get("ports")).get(0);
        assertEquals(port, String.valueOf(servicePort.get("targetPort")), "Service targetPort of " + service.module());

        Map<String, Object> deployment = resource(documents, "Deployment", service.module());
        Map<String, Object> podSpec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) deployment
                .get("spec")).get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) podSpec.get("containers")).get(0);
        assertEquals(port, String.valueOf(((List<Map<String, Object>>) container.get("ports")).get(0)
                .get("containerPort")), "containerPort of " + service.module());
        Map<String, Object> readiness = (Map<String, Object>) ((Map<String, Object>) container.get("readinessProbe"))
                .get("httpGet");
        assertEquals("/q/health/ready", readiness.get("path"));
        assertEquals(port, String.valueOf(readiness.get("port")), "readiness probe port of " + service.module());

        Set<String> environment = new java.util.TreeSet<>();
        ((List<Map<String, Object>>) container.get("env")).forEach(variable -> environment.add((String) variable.get("name")));
        for (String variable : referencedVariables(service)) {
            if (MUST_BE_SET_IN_CONTAINERS.contains(variable)) {
                assertTrue(environment.contains(variable),
                        service.module() + " reads ${" + variable + "}, which deploy/k8s/services.yaml must set");
            }
        }
        environment.forEach(variable -> assertTrue(referencedVariables(service).contains(variable),
                "deploy/k8s sets " + variable + " for " + service.module() + ", which its configuration never reads"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resource(List<Map<String, Object>> documents, String kind, String name) {
        return documents.stream()
                .filter(document -> kind.equals(document.get("kind"))
                        && name.equals(((Map<String, Object>) document.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("deploy/k8s/services.yaml has no " + kind + " " + name));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> readKubernetesServices() throws IOException {
        List<Map<String, Object>> documents = new java.util.ArrayList<>();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("deploy/k8s/services.yaml"))) {
            new Yaml().loadAll(reader).forEach(document -> documents.add((Map<String, Object>) document));
        }
        return documents;
    }

    private static Map<String, Object> readCompose() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("deploy/docker-compose.yml"))) {
            return new Yaml().load(reader);
        }
    }

    private static Properties applicationProperties(Listed service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(service.module()).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> referencedVariables(Listed service) {
        try {
            // a service's configuration is its own and platform-kit's defaults, which every service inherits
            String text = Files.readString(ROOT.resolve(service.module()).resolve("src/main/resources/application.properties"))
                    + Files.readString(ROOT.resolve("platform-kit/src/main/resources/META-INF/microprofile-config.properties"));
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
