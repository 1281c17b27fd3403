package vn.hanoi.gateway.routes.connector;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A register reached through the national data-sharing platform ({@code platform.md}, "Relay"): every call goes
 * to {@code {platform}/relay/{providerCode}{path}} with the platform's bearer token, the consumer code, the
 * correlation id as the request id and the caller's dossier as the purpose; the register's own token call is not
 * made. A {@code 401} with {@code X-Platform-Error: TOKEN_EXPIRED|TOKEN_INVALID} renews the platform token and
 * repeats the call once ({@link TokenProvider#authenticated}).
 */
public final class PlatformTransport implements Transport {

    static final String CONSUMER = "X-Platform-Consumer";
    static final String REQUEST_ID = "X-Platform-Request-Id";
    static final String PURPOSE = "X-Platform-Purpose";

    private final Platform platform;
    private final String provider;

    PlatformTransport(Platform platform, String provider) {
        this.platform = platform;
        this.provider = provider;
    }

    @Override
    public TransportKind kind() {
        return TransportKind.PLATFORM;
    }

    @Override
    public String address(String path) {
        return platform.properties().getBaseUrl() + "/relay/" + provider + path;
    }

    @Override
    public <T> T authenticated(LookupRequest request, Deadline deadline, Function<Map<String, String>, T> call) {
        boolean[] called = {false};
        try {
            return platform.tokens().authenticated(deadline, token -> {
                called[0] = true;
                return platform.observe(provider, () -> call.apply(headers(request, token)));
            });
        } catch (UpstreamException failure) {
            if (!called[0]) {
                platform.tokenFailed(provider, failure);
            }
            throw failure;
        }
    }

    private Map<String, String> headers(LookupRequest request, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put(CONSUMER, platform.properties().getConsumerCode());
        headers.put(REQUEST_ID, request.correlationId());
        if (request.dossierCode() != null) {
            headers.put(PURPOSE, request.dossierCode());
        }
        return headers;
    }
}
