package vn.hanoi.gateway.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The running simulators, one per national system, as a bean of a sandbox context: lets a test take one
 * system down (as ops would see an outage) and stops them all with the context.
 */
public final class SandboxServers {

    private final Map<String, WireMockServer> bySystem;

    SandboxServers(Map<String, WireMockServer> bySystem) {
        this.bySystem = new TreeMap<>(bySystem);
    }

    public Set<String> systems() {
        return bySystem.keySet();
    }

    /** Stops the simulator of a system: its connector's calls are refused from now on. */
    public void stop(String system) {
        WireMockServer server = bySystem.get(system);
        if (server == null) {
            throw new IllegalArgumentException("no simulator for " + system);
        }
        server.stop();
    }

    void stopAll() {
        bySystem.values().forEach(WireMockServer::stop);
    }
}
