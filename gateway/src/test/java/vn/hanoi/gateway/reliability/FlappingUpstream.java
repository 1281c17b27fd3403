package vn.hanoi.gateway.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A national system as the gateway sees it: a WireMock proxy in front of its simulator that passes every call
 * through while healthy, and can be told to fail every call in one {@link UpstreamFault} way until healed.
 */
final class FlappingUpstream implements AutoCloseable {

    private final String system;
    private final String target;
    private final String contentType;
    private final Duration slowDelay;
    private final WireMockServer proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
            .disableRequestJournal().jettyAcceptors(2).containerThreads(40));
    private final AtomicReference<StubMapping> fault = new AtomicReference<>();

    /**
     * @param contentType what the system answers in ({@code text/xml} for SOAP), for the malformed answers
     * @param slowDelay   how late a {@link UpstreamFault#SLOW_PAST_DEADLINE} answer comes: past the connector's deadline
     */
    FlappingUpstream(String system, String target, String contentType, Duration slowDelay) {
        this.system = system;
        this.target = target;
        this.contentType = contentType;
        this.slowDelay = slowDelay;
        proxy.start();
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(target)));
    }

    String system() {
        return system;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + proxy.port();
    }

    /** From now on every call fails this way. */
    void inject(UpstreamFault kind) {
        heal();
        fault.set(proxy.stubFor(any(anyUrl()).atPriority(1).willReturn(answer(kind))));
    }

    /** Calls pass through again. */
    void heal() {
        StubMapping active = fault.getAndSet(null);
        if (active != null) {
            proxy.removeStub(active);
        }
    }

    private ResponseDefinitionBuilder answer(UpstreamFault kind) {
        return switch (kind) {
            case UNAVAILABLE -> aResponse().withStatus(503).withHeader("Content-Type", "text/plain")
                    .withBody("Service Unavailable");
            case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
            // The system gets the call and does its work; its answer comes after the gateway gave up waiting.
            case SLOW_PAST_DEADLINE -> aResponse().proxiedFrom(target).withFixedDelay((int) slowDelay.toMillis());
            case MALFORMED -> aResponse().withStatus(200).withHeader("Content-Type", contentType)
                    .withBody("<<< not an answer {");
        };
    }

    @Override
    public void close() {
        proxy.stop();
    }
}
