package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

/**
 * One national system's sandbox simulator in the test JVM, on its own port, with its request journal kept: a test
 * can put its own proxy (or faults) between the gateway and it, and read what it received.
 */
public final class StandaloneSimulator implements AutoCloseable {

    private static final String PORTAL_SERVICE = "/api/integration";

    private final WireMockServer server;

    private StandaloneSimulator(Simulator simulator) {
        SandboxFixtures fixtures = new SandboxFixtures();
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(simulator.extensions(fixtures)));
        server.start();
        simulator.stub(server, fixtures);
    }

    /** Starts the simulator of {@code system} ({@code population}, …, {@code npsp}). */
    public static StandaloneSimulator start(String system) {
        return new StandaloneSimulator(Simulators.of(system));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The portal simulator only: the integration calls it received, in arrival order, as JSON. */
    public List<JsonNode> portalCalls() {
        return server.findAll(postRequestedFor(urlPathEqualTo(PORTAL_SERVICE))).stream()
                .map(LoggedRequest::getBodyAsString).map(SimulatorServer::read).toList();
    }

    /** The portal simulator only: {@code TraCuuHoSo} of a dossier, its record as the portal keeps it. */
    public JsonNode portalRecord(String dossierCode) {
        String call = SimulatorServer.JSON.createObjectNode().put("service", "TraCuuHoSo")
                .put("session", NpspSimulator.SESSION).put("mahoso", dossierCode).toString();
        return SimulatorServer.json(SimulatorServer.send(HttpRequest.newBuilder(
                URI.create(baseUrl() + PORTAL_SERVICE)).POST(SimulatorServer.text(call))
                .header("Content-Type", "application/json")));
    }

    @Override
    public void close() {
        server.stop();
    }
}
