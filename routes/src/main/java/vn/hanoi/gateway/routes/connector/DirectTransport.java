package vn.hanoi.gateway.routes.connector;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The register at its own {@code base-url}, with its own token ({@link TokenProvider}) as a bearer and any
 * further header its contract asks on every call (e.g. insurance's {@code lgspaccesstoken}).
 */
public final class DirectTransport implements Transport {

    private final String baseUrl;
    private final TokenProvider tokens;
    private final Map<String, String> contractHeaders;

    public DirectTransport(String baseUrl, TokenProvider tokens, Map<String, String> contractHeaders) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.contractHeaders = Map.copyOf(contractHeaders);
    }

    public DirectTransport(String baseUrl, TokenProvider tokens) {
        this(baseUrl, tokens, Map.of());
    }

    @Override
    public TransportKind kind() {
        return TransportKind.DIRECT;
    }

    @Override
    public String address(String path) {
        return baseUrl + path;
    }

    @Override
    public <T> T authenticated(LookupRequest request, Deadline deadline, Function<Map<String, String>, T> call) {
        return tokens.authenticated(deadline, token -> {
            Map<String, String> headers = new LinkedHashMap<>(contractHeaders);
            headers.put("Authorization", "Bearer " + token);
            return call.apply(headers);
        });
    }
}
