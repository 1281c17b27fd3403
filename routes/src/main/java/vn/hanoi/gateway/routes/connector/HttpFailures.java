package vn.hanoi.gateway.routes.connector;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** Classifies what an HTTP exchange with an upstream went through into {@link FailureKind}s. */
public final class HttpFailures {

    private HttpFailures() {
    }

    public static UpstreamException classify(String system, IOException failure) {
        if (failure instanceof HttpTimeoutException || failure instanceof SocketTimeoutException) {
            return new UpstreamException(system, FailureKind.TIMEOUT, "no answer in time", null, failure);
        }
        return new UpstreamException(system, FailureKind.IO, failure.getClass().getSimpleName(), null, failure);
    }

    /**
     * Throws the classified failure for a status that is not 2xx: the platform's own error when the answer
     * carries {@code X-Platform-Error} ({@link PlatformErrors}), else the register's.
     */
    public static void requireSuccess(String system, int status, HttpHeaders headers, String what) {
        if (status >= 200 && status < 300) {
            return;
        }
        Optional<String> platformError = headers.firstValue(PlatformErrors.HEADER);
        throw platformError.isPresent()
                ? PlatformErrors.classify(system, status, platformError.get(), retryAfter(headers.firstValue("Retry-After")))
                : forStatus(system, status, headers.firstValue("Retry-After"), what);
    }

    static Optional<Duration> retryAfter(Optional<String> header) {
        return header.flatMap(HttpFailures::seconds);
    }

    public static UpstreamException forStatus(String system, int status, Optional<String> retryAfter, String what) {
        if (status == 401 || status == 403) {
            return new UpstreamException(system, FailureKind.UNAUTHORIZED, what + " answered " + status);
        }
        if (status == 429) {
            return new UpstreamException(system, FailureKind.THROTTLED, what + " answered 429",
                    retryAfter.flatMap(HttpFailures::seconds).orElse(null), null);
        }
        if (status == 404) {
            return new UpstreamException(system, FailureKind.NOT_FOUND, what + " answered 404");
        }
        if (status >= 500) {
            return new UpstreamException(system, FailureKind.SERVER_ERROR, what + " answered " + status);
        }
        return new UpstreamException(system, FailureKind.REJECTED_REQUEST, what + " answered " + status);
    }

    private static Optional<Duration> seconds(String value) {
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }
}
