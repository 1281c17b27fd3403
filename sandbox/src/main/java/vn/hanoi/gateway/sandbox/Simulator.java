package vn.hanoi.gateway.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.function.UnaryOperator;

/** One national system's simulator: the stubs that make a WireMock server speak its contract. */
interface Simulator {

    /** The connector name, as in {@code gateway.connectors.<name>}. */
    String system();

    /** The setting the sandbox points at this simulator (a connector's {@code base-url} unless it says otherwise). */
    default String baseUrlKey() {
        return "gateway.connectors." + system() + ".base-url";
    }

    /**
     * Told, before its extensions are built, where every other system is ({@code system → base-url}, read when
     * called): a simulator that calls the others (the platform relays to them) keeps it.
     */
    default void locate(UnaryOperator<String> baseUrlOfSystem) {
    }

    /**
     * The WireMock extensions its stubs name, registered when its server is built: fresh instances on
     * every call, since they may hold that server's state.
     */
    default Extension[] extensions(SandboxFixtures fixtures) {
        return new Extension[0];
    }

    void stub(WireMockServer server, SandboxFixtures fixtures);
}
