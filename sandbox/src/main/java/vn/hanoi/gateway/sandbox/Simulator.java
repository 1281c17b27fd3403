package vn.hanoi.gateway.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;

/** One national system's simulator: the stubs that make a WireMock server speak its contract. */
interface Simulator {

    /** The connector name, as in {@code gateway.connectors.<name>}. */
    String system();

    /**
     * The WireMock extensions its stubs name, registered when its server is built: fresh instances on
     * every call, since they may hold that server's state.
     */
    default Extension[] extensions(SandboxFixtures fixtures) {
        return new Extension[0];
    }

    void stub(WireMockServer server, SandboxFixtures fixtures);
}
