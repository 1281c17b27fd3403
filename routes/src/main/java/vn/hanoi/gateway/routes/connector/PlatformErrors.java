package vn.hanoi.gateway.routes.connector;

import java.time.Duration;
import java.util.Optional;

/**
 * The national data-sharing platform's own errors ({@code platform.md}, "The platform's own errors"): an
 * answer with {@code X-Platform-Error} is the platform's, classified here; an answer without it is the
 * provider's, relayed unchanged, and its register's contract reads it as it would directly.
 */
public final class PlatformErrors {

    public static final String HEADER = "X-Platform-Error";
    public static final String TOKEN_EXPIRED = "TOKEN_EXPIRED";
    public static final String TOKEN_INVALID = "TOKEN_INVALID";
    public static final String SERVICE_NOT_PERMITTED = "SERVICE_NOT_PERMITTED";
    public static final String PROVIDER_NOT_FOUND = "PROVIDER_NOT_FOUND";
    public static final String PLATFORM_UNAVAILABLE = "PLATFORM_UNAVAILABLE";

    private PlatformErrors() {
    }

    /**
     * The failure a platform error stands for: 401 a token to renew ({@link FailureKind#UNAUTHORIZED}, one
     * repeat); 400, 403, 404 our request or configuration ({@link FailureKind#REJECTED_REQUEST}: 502, not
     * retried, not against the breaker); 429 the consumer's quota ({@link FailureKind#THROTTLED} with its wait);
     * 502 and 503 like a provider's 5xx; 504 like a provider's timeout.
     */
    public static UpstreamException classify(String system, int status, String errorCode, Optional<Duration> retryAfter) {
        FailureKind kind = switch (status) {
            case 401 -> FailureKind.UNAUTHORIZED;
            case 429 -> FailureKind.THROTTLED;
            case 504 -> FailureKind.TIMEOUT;
            default -> status >= 500 ? FailureKind.SERVER_ERROR : FailureKind.REJECTED_REQUEST;
        };
        return new UpstreamException(system, kind, "platform answered " + status + " " + errorCode,
                kind == FailureKind.THROTTLED ? retryAfter.orElse(null) : null, null).fromPlatform(errorCode);
    }

    /** A configuration error of ours at the platform: ops must act, retrying will not help. */
    static boolean isConfiguration(String errorCode) {
        return SERVICE_NOT_PERMITTED.equals(errorCode) || PROVIDER_NOT_FOUND.equals(errorCode);
    }
}
