package vn.hanoi.gateway.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;

/** One national system's simulator: the stubs that make a WireMock server speak its contract. */
interface Simulator {

    /** The connector name, as in {@code gateway.connectors.<name>}. */
    String system();

    void stub(WireMockServer server, SandboxFixtures fixtures);
}
