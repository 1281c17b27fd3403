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
    public static final String[] PURPOSE = {"X-Dossier-Code", "000.00.00.H00-261201-0099", "X-Officer-Id", "can-bo-1"};

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String[] purpose;

    public GatewayHttp(int port) {
        this(port, PURPOSE[1]);
    }

    private GatewayHttp(int port, String dossierCode) {
        this.port = port;
        this.purpose = new String[] {PURPOSE[0], dossierCode, PURPOSE[2], PURPOSE[3]};
    }

    /**
     * Registers a counter dossier (as {@code POST /api/v1/dossiers}) with this applicant and these other parties
     * (personal ids), so that their data may be read for it, and answers a client whose purpose names it.
     */
    public GatewayHttp registerDossier(String dossierCode, String applicantId, String... partyIds) {
        HttpResponse<String> registered = tryToRegisterDossier(dossierCode, "CITIZEN", applicantId, partyIds);
        if (registered.statusCode() != 202) {
            throw new AssertionError("dossier " + dossierCode + " not registered: " + registered.body());
        }
        return new GatewayHttp(port, dossierCode);
    }

    /** {@code POST /api/v1/dossiers} of such a dossier (applicant {@code CITIZEN} or {@code ENTERPRISE}), whatever the answer. */
    public HttpResponse<String> tryToRegisterDossier(String dossierCode, String applicantType, String applicantId,
                                                     String... partyIds) {
        StringBuilder parties = new StringBuilder();
        for (String id : partyIds) {
            parties.append(parties.isEmpty() ? "" : ",")
                    .append("{\"type\":\"CITIZEN\",\"id\":\"").append(id).append("\",\"role\":\"test party\"}");
        }
        String body = "{\"dossierCode\":\"" + dossierCode + "\",\"procedureCode\":\"9.000001\","
                + "\"applicant\":{\"type\":\"" + applicantType + "\",\"id\":\"" + applicantId + "\",\"name\":\"Test\"},"
                + "\"receivedAt\":\"2026-11-28T08:00:00+07:00\",\"channel\":\"IN_PERSON\","
                + "\"receivingUnitCode\":\"000.00.00.H00\",\"documents\":[],\"parties\":[" + parties + "]}";
        return send("POST", "/api/v1/dossiers", body, "X-API-Key", ONE_STOP_KEY, "Content-Type", "application/json");
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
        return get(path, with(new String[] {"X-API-Key", ONE_STOP_KEY}, purpose));
    }

    /** GET with these credential headers and a purpose. */
    public HttpResponse<String> getWithPurpose(String path, String... credential) {
        return get(path, with(credential, purpose));
    }

    /** POST of a JSON body with these credential headers and a purpose. */
    public HttpResponse<String> postJsonWithPurpose(String path, String body, String... credential) {
        return send("POST", path, body, with(with(credential, purpose), "Content-Type", "application/json"));
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
