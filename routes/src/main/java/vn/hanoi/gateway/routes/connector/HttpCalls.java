package vn.hanoi.gateway.routes.connector;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import org.springframework.util.unit.DataSize;

/**
 * One HTTP exchange with an upstream, as every connector makes it: the answer read up to
 * {@code max-response-size} ({@link BoundedBody}), and whatever went wrong on the way classified
 * ({@link HttpFailures}); an interrupted call is a {@link FailureKind#TIMEOUT} (its deadline abandoned it).
 */
public final class HttpCalls {

    private HttpCalls() {
    }

    /** The answer as text in the charset its {@code Content-Type} names (UTF-8 when none). */
    public static HttpResponse<String> send(String system, HttpClient http, HttpRequest request, DataSize max) {
        return send(system, http, request, max, null);
    }

    /** The answer as text in {@code charset}, whatever its {@code Content-Type} says. */
    public static HttpResponse<String> send(String system, HttpClient http, HttpRequest request, DataSize max,
                                            Charset charset) {
        BoundedBody body = new BoundedBody(max, charset);
        try {
            return http.send(request, body);
        } catch (IOException failure) {
            if (body.overflowed()) {
                throw new UpstreamException(system, FailureKind.MALFORMED_RESPONSE, "answer longer than max-response-size");
            }
            throw HttpFailures.classify(system, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(system, FailureKind.TIMEOUT, "interrupted during the call");
        }
    }
}
