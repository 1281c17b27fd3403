package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's relay ({@code platform.md}, "Relay"): checks the consumer's token and headers, obtains the
 * provider's token itself as the trusted platform, makes the same call to the provider's simulator (method,
 * path, query, body, {@code Content-Type}, {@code SOAPAction}) and answers the provider's answer unchanged with
 * {@code X-Platform-Request-Id} and {@code X-Platform-Provider-Status}. Its own errors carry
 * {@code X-Platform-Error} and {@code {"errorCode", "message", "requestId"}}.
 */
final class PlatformRelay extends StubTransformer {

    static final String NAME = "platform-relay";
    /** A dossier of the agency {@code SANDBOX.PLATFORM.<status>} is answered with that platform error. */
    static final Pattern FAULT = Pattern.compile("SANDBOX\\.PLATFORM\\.(\\d{3})-.*");
    private static final Map<String, String> FAULT_OF_STATUS = Map.of("400", "BAD_RELAY_REQUEST", "401", "TOKEN_EXPIRED",
            "403", "SERVICE_NOT_PERMITTED", "404", "PROVIDER_NOT_FOUND", "429", "QUOTA_EXCEEDED",
            "502", "PROVIDER_UNREACHABLE", "503", "PLATFORM_UNAVAILABLE", "504", "PROVIDER_TIMEOUT");
    private static final Pattern RELAY = Pattern.compile("/relay/([^/?]+)(/[^?]*)?(\\?.*)?");
    private static final List<String> FORWARDED = List.of("Content-Type", "SOAPAction", "Accept", "X-Correlation-Id");
    private static final List<String> ANSWERED = List.of("Content-Type", "Retry-After");
    private static final Map<String, Integer> STATUS_OF = Map.of("PURPOSE_REQUIRED", 400, "BAD_RELAY_REQUEST", 400,
            "TOKEN_EXPIRED", 401, "TOKEN_INVALID", 401, "SERVICE_NOT_PERMITTED", 403, "PROVIDER_NOT_FOUND", 404,
            "QUOTA_EXCEEDED", 429, "PROVIDER_UNREACHABLE", 502, "PLATFORM_UNAVAILABLE", 503, "PROVIDER_TIMEOUT", 504);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String consumerCode;
    private final String token;
    private final UnaryOperator<String> baseUrlOfSystem;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> providerTokens = new ConcurrentHashMap<>();

    PlatformRelay(String consumerCode, String token, UnaryOperator<String> baseUrlOfSystem) {
        super(NAME);
        this.consumerCode = consumerCode;
        this.token = token;
        this.baseUrlOfSystem = baseUrlOfSystem;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String requestId = request.getHeader("X-Platform-Request-Id");
        Matcher relay = RELAY.matcher(request.getUrl());
        if (!relay.matches() || requestId == null || requestId.isBlank()) {
            return error("BAD_RELAY_REQUEST", "Thiếu X-Platform-Request-Id hoặc sai đường dẫn", requestId);
        }
        if (!("Bearer " + token).equals(request.getHeader("Authorization"))) {
            return error("TOKEN_INVALID", "Mã truy cập không hợp lệ", requestId);
        }
        if (!consumerCode.equals(request.getHeader("X-Platform-Consumer"))) {
            return error("SERVICE_NOT_PERMITTED", "Bên khai thác không được phép", requestId);
        }
        String purpose = request.getHeader("X-Platform-Purpose");
        if (purpose == null || purpose.isBlank()) {
            return error("PURPOSE_REQUIRED", "Thiếu mục đích khai thác", requestId);
        }
        Matcher fault = FAULT.matcher(purpose);
        if (fault.matches() && FAULT_OF_STATUS.containsKey(fault.group(1))) {
            return error(FAULT_OF_STATUS.get(fault.group(1)), "Lỗi mô phỏng của nền tảng", requestId);
        }
        Optional<PlatformProviders.Provider> provider = PlatformProviders.of(relay.group(1));
        if (provider.isEmpty() || baseUrlOfSystem.apply(provider.get().system()) == null) {
            return error("PROVIDER_NOT_FOUND", "Không có bên cung cấp " + relay.group(1), requestId);
        }
        String path = (relay.group(2) == null ? "" : relay.group(2)) + (relay.group(3) == null ? "" : relay.group(3));
        return relayed(provider.get(), path, request, requestId);
    }

    private ResponseDefinition relayed(PlatformProviders.Provider provider, String path, Request request,
                                       String requestId) {
        String baseUrl = baseUrlOfSystem.apply(provider.system());
        try {
            HttpResponse<byte[]> first = call(provider, baseUrl, path, request, providerToken(provider, baseUrl, false));
            HttpResponse<byte[]> answer = first.statusCode() != 401 ? first
                    : call(provider, baseUrl, path, request, providerToken(provider, baseUrl, true));
            var response = aResponse().withStatus(answer.statusCode()).withBody(answer.body())
                    .withHeader("X-Platform-Request-Id", requestId)
                    .withHeader("X-Platform-Provider-Status", Integer.toString(answer.statusCode()));
            ANSWERED.forEach(name -> answer.headers().firstValue(name).ifPresent(value -> response.withHeader(name, value)));
            return response.build();
        } catch (HttpTimeoutException slow) {
            return error("PROVIDER_TIMEOUT", "Bên cung cấp không trả lời kịp", requestId);
        } catch (IOException unreachable) {
            return error("PROVIDER_UNREACHABLE", "Không kết nối được bên cung cấp", requestId);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return error("PLATFORM_UNAVAILABLE", "Nền tảng đang dừng", requestId);
        }
    }

    private HttpResponse<byte[]> call(PlatformProviders.Provider provider, String baseUrl, String path, Request request,
                                      String providerToken) throws IOException, InterruptedException {
        byte[] body = request.getBody();
        HttpRequest.Builder call = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .method(request.getMethod().getName(), body == null || body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Bearer " + providerToken);
        FORWARDED.stream().filter(request::containsHeader).forEach(name -> call.header(name, request.getHeader(name)));
        provider.callHeaders().forEach(call::header);
        return http.send(call.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The provider's token, asked once as the platform and again when the provider refused it. */
    private String providerToken(PlatformProviders.Provider provider, String baseUrl, boolean renew)
            throws IOException, InterruptedException {
        if (!renew && providerTokens.containsKey(provider.code())) {
            return providerTokens.get(provider.code());
        }
        HttpResponse<String> answer = http.send(provider.tokenRequest(baseUrl).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        String value = answer.statusCode() == 200 ? JSON.readTree(answer.body()).path("access_token").asText("") : "";
        providerTokens.put(provider.code(), value);
        return value;
    }

    private static ResponseDefinition error(String errorCode, String message, String requestId) {
        var body = JSON.createObjectNode().put("errorCode", errorCode).put("message", message).put("requestId", requestId);
        var response = aResponse().withStatus(STATUS_OF.get(errorCode))
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Platform-Error", errorCode)
                .withBody(body.toString());
        if (requestId != null) {
            response.withHeader("X-Platform-Request-Id", requestId);
        }
        if (errorCode.equals("QUOTA_EXCEEDED") || errorCode.equals("PLATFORM_UNAVAILABLE")) {
            response.withHeader("Retry-After", "30");
        }
        return response.build();
    }
}
