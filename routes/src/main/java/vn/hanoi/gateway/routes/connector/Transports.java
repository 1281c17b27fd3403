package vn.hanoi.gateway.routes.connector;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds each register's {@link Transport} from its configuration ({@code gateway.connectors.<name>.transport}):
 * a connector package names its token request and contract headers once, and runs the same way direct or
 * through the platform. Through the platform its token request is never sent.
 */
public final class Transports {

    private final Connectors connectors;
    private final Platform platform;

    Transports(Connectors connectors, Platform platform) {
        this.connectors = connectors;
        this.platform = platform;
    }

    public Transport of(String system, Supplier<HttpRequest.Builder> tokenRequest) {
        return of(system, tokenRequest, Map::of);
    }

    /**
     * @param contractHeaders headers the register's contract asks on every direct call besides its bearer, read
     *                        only when the register is direct (their credentials are not needed on the platform)
     */
    public Transport of(String system, Supplier<HttpRequest.Builder> tokenRequest,
                        Supplier<Map<String, String>> contractHeaders) {
        ConnectorProperties properties = connectors.connector(system).properties();
        if (properties.getTransport() == TransportKind.PLATFORM) {
            String provider = properties.getPlatform().getProvider();
            if (provider == null || provider.isBlank()) {
                throw new IllegalStateException(ConnectorSettings.CONNECTORS_PREFIX + "." + system
                        + ".platform.provider is not set (its provider code at the platform)");
            }
            return new PlatformTransport(platform, provider);
        }
        return new DirectTransport(properties.getBaseUrl(), connectors.tokenProvider(system, tokenRequest),
                contractHeaders.get());
    }
}
