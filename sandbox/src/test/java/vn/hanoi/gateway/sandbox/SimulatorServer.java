package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One simulator on its own WireMock server, as the sandbox starts it, and a plain HTTP client to call it. */
final class SimulatorServer implements AutoCloseable {

    /** The repository's fixtures, read from disk: what the simulators must serve byte for byte. */
    static final Path FIXTURES = Path.of("..", "fixtures");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final WireMockServer server;

    SimulatorServer(Simulator simulator) {
        SandboxFixtures fixtures = new SandboxFixtures();
        server = new WireMockServer(options().dynamicPort().extensions(simulator.extensions(fixtures)));
        server.start();
        simulator.stub(server, fixtures);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
    }

    static HttpRequest.BodyPublisher text(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        return read(new String(response.body(), StandardCharsets.UTF_8));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture files in {@code folder}, sorted by name. */
    static List<Path> fixtures(String folder) {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code unknown-identifiers.json}: well-formed identifiers no register holds. */
    static List<String> unknown(String kind) {
        JsonNode ids = read(new String(bytes(FIXTURES.resolve("unknown-identifiers.json")), StandardCharsets.UTF_8));
        return JSON.convertValue(ids.path(kind), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    @Override
    public void close() {
        server.stop();
    }
}
