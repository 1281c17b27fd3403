package vn.hanoi.gateway.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;

/** A plain HTTP client for a gateway started on a random port, with the sandbox one-stop-shop credentials. */
public final class GatewayHttp {

    public static final String ONE_STOP_KEY = "sandbox-one-stop-key";
    public static final String OPS_KEY = "sandbox-ops-key";
    public static final String[] PURPOSE = {"X-Dossier-Code", "D-1", "X-Officer-Id", "can-bo-1"};

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    public GatewayHttp(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        return sendPublished(method, path, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), headers);
    }

    /** With a body of any kind, e.g. one of unknown length, sent chunked. */
    public HttpResponse<String> sendPublished(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        return send(request(path, headers).method(method, body).build());
    }

    /** GET with the one-stop-shop key and a purpose. */
    public HttpResponse<String> getAsOneStopShop(String path) {
        return get(path, "X-API-Key", ONE_STOP_KEY, PURPOSE[0], PURPOSE[1], PURPOSE[2], PURPOSE[3]);
    }

    /** GET with these credential headers and a purpose. */
    public HttpResponse<String> getWithPurpose(String path, String... credential) {
        return get(path, with(credential, PURPOSE));
    }

    /** POST of a JSON body with these credential headers and a purpose. */
    public HttpResponse<String> postJsonWithPurpose(String path, String body, String... credential) {
        return send("POST", path, body, with(with(credential, PURPOSE), "Content-Type", "application/json"));
    }

    /** Header name-value pairs, one list after the other. */
    public static String[] with(String[] headers, String... more) {
        String[] all = Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    /**
     * GET with the one-stop-shop key and a purpose until the answer satisfies {@code done}, at most
     * {@code attempts} times: a cold gateway on a busy machine may time out its first upstream calls.
     */
    public HttpResponse<String> getAsOneStopShopUntil(String path, Predicate<HttpResponse<String>> done, int attempts) {
        HttpResponse<String> answer = getAsOneStopShop(path);
        for (int attempt = 1; attempt < attempts && !done.test(answer); attempt++) {
            answer = getAsOneStopShop(path);
        }
        if (!done.test(answer)) {
            throw new AssertionError(path + " answered " + answer.statusCode() + " " + answer.headers().map()
                    + " after " + attempts + " attempts");
        }
        return answer;
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
