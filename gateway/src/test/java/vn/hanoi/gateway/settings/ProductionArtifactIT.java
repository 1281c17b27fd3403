package vn.hanoi.gateway.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * The production artifact ({@code target/gateway-production.jar}, built by the package phase) carries neither the
 * sandbox nor WireMock, which the sandbox artifact ({@code target/gateway.jar}) does; and started without any
 * upstream settings it refuses to start, naming what is missing.
 */
class ProductionArtifactIT {

    private static final Path PRODUCTION = Path.of("target", "gateway-production.jar");
    private static final Path SANDBOX = Path.of("target", "gateway.jar");
    private static final String WIREMOCK = "com/github/tomakehurst/wiremock/";
    private static final String SIMULATORS = "vn/hanoi/gateway/sandbox/";

    @Test
    void theProductionJarHoldsNoWireMockClassAndNoSimulator() throws IOException {
        assertThat(classesIn(PRODUCTION)).noneMatch(name -> name.contains(WIREMOCK) || name.contains(SIMULATORS));
        assertThat(classesIn(SANDBOX)).anyMatch(name -> name.contains(WIREMOCK))
                .anyMatch(name -> name.contains(SIMULATORS));
    }

    @Test
    void startedWithoutUpstreamSettingsItRefusesToStartAndSaysWhatIsMissing() throws Exception {
        Path output = Files.createTempFile("gateway-production", ".log");
        Process gateway = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", PRODUCTION.toString(), "--server.port=0")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(gateway.waitFor(240, TimeUnit.SECONDS)).as("the gateway stopped by itself").isTrue();
        } finally {
            gateway.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(gateway.exitValue()).isNotZero();
        assertThat(log).contains("The gateway cannot reach its upstreams").contains("This artifact has no sandbox");
        Registers.scan().names().forEach(register ->
                assertThat(log).contains("gateway.connectors." + register + ".base-url"));
        assertThat(log).doesNotContain("Tomcat started");
    }

    /** Every class name in the jar, its nested library jars included. */
    private static List<String> classesIn(Path jar) throws IOException {
        assertThat(jar).as("built by mvn package").exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().flatMap(entry -> entry.getName().endsWith(".jar")
                    ? nestedClasses(file, entry).stream() : Stream.of(entry.getName()))
                    .filter(name -> name.endsWith(".class")).toList();
        }
    }

    private static List<String> nestedClasses(JarFile file, JarEntry nested) {
        try (JarInputStream in = new JarInputStream(file.getInputStream(nested))) {
            List<String> names = new ArrayList<>();
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                names.add(nested.getName() + "!/" + entry.getName());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
