package vn.hanoi.gateway.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.Tokens;

/**
 * The hostile inputs of {@code docs/security.md}, sent to the running gateway: each gets the 4xx
 * problem+json with the stable code the document names, never a 5xx, never HTML; and the document
 * lists every case this test runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT {

    private static final String CITIZEN = "/api/v1/citizens/001305885451";
    private static final String VERIFY = "/api/v1/citizens/verify";
    private static final String ID = "001305885451";
    private static final String[] ONE_STOP = {"X-API-Key", GatewayHttp.ONE_STOP_KEY};
    private static final String[] PURPOSE = GatewayHttp.PURPOSE;

    @LocalServerPort
    int port;

    /**
     * One hostile request, named as in the document, with the status and code it must get, and the code of
     * its field error when the document names one.
     */
    record Hostile(String id, int status, String code, String fieldCode,
                   Function<GatewayHttp, HttpResponse<String>> request) {
        Hostile(String id, int status, String code, Function<GatewayHttp, HttpResponse<String>> request) {
            this(id, status, code, null, request);
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Hostile> cases() {
        return Stream.of(
                // Credentials
                new Hostile("no-credential", 401, "UNAUTHENTICATED", http -> http.get(CITIZEN, PURPOSE)),
                new Hostile("unknown-api-key", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN, with(new String[] {"X-API-Key", "sandbox-one-stop-kez"}, PURPOSE))),
                new Hostile("oversized-api-key", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN, with(new String[] {"X-API-Key", "k".repeat(4000)}, PURPOSE))),
                new Hostile("two-credentials", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN, with(with(ONE_STOP, token().header()), PURPOSE))),
                new Hostile("other-auth-scheme", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN, with(new String[] {"Authorization", "Basic b25lLXN0b3A6c2VjcmV0"}, PURPOSE))),
                new Hostile("malformed-bearer-token", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN, with(new String[] {"Authorization", "Bearer not.a.jwt"}, PURPOSE))),
                new Hostile("unsigned-token", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN, with(new String[] {"Authorization", "Bearer " + unsignedToken()}, PURPOSE))),
                new Hostile("forged-signature-token", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN, with(token().signedByAStranger().header(), PURPOSE))),
                new Hostile("expired-token", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN, with(token().expiringAt(Instant.now().minusSeconds(120)).header(), PURPOSE))),
                new Hostile("token-without-expiry", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN, with(token().expiringAt(null).header(), PURPOSE))),
                new Hostile("foreign-issuer-token", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN, with(token().issuedBy("https://evil.example").header(), PURPOSE))),
                new Hostile("token-in-query-string", 401, "UNAUTHENTICATED",
                        http -> http.get(CITIZEN + "?access_token=" + token().jwt(), PURPOSE)),
                new Hostile("token-outside-entitlement", 403, "FORBIDDEN",
                        http -> http.get(CITIZEN, with(Tokens.forClient("business-portal", "business").header(), PURPOSE))),
                // Purpose
                new Hostile("missing-purpose", 400, "PURPOSE_REQUIRED", http -> http.get(CITIZEN, ONE_STOP)),
                new Hostile("injected-purpose", 400, "PURPOSE_REQUIRED",
                        http -> http.get(CITIZEN, with(ONE_STOP, "X-Dossier-Code", "D-1'; DROP TABLE audit_record;--", "X-Officer-Id", "can-bo-1"))),
                new Hostile("overlong-purpose", 400, "PURPOSE_REQUIRED",
                        http -> http.get(CITIZEN, with(ONE_STOP, "X-Dossier-Code", "D".repeat(65), "X-Officer-Id", "can-bo-1"))),
                // Path parameters
                new Hostile("malformed-personal-id", 400, "VALIDATION_FAILED", "INVALID_PERSONAL_ID",
                        http -> lookup(http, "00130588545x")),
                new Hostile("sql-in-path", 400, "VALIDATION_FAILED", http -> lookup(http, "001305885451%27%20OR%20%271%27%3D%271")),
                new Hostile("overlong-path-id", 400, "VALIDATION_FAILED", http -> lookup(http, "1".repeat(5000))),
                new Hostile("non-ascii-digits", 400, "VALIDATION_FAILED", http -> lookup(http, "%D9%A0%D9%A0%D9%A1305885451")),
                new Hostile("traversal-in-path", 400, "VALIDATION_FAILED", http -> lookup(http, "..%2f..%2factuator%2fprometheus")),
                new Hostile("nul-in-path", 400, "VALIDATION_FAILED", http -> lookup(http, "001305885451%00")),
                new Hostile("malformed-audit-subject", 400, "VALIDATION_FAILED",
                        http -> http.get("/api/v1/audit/subjects/..%3B/accesses", "X-API-Key", "sandbox-auditor-key")),
                // JSON bodies
                new Hostile("unknown-json-field", 400, "VALIDATION_FAILED", "UNKNOWN_FIELD",
                        http -> verify(http, "{\"personalId\":\"" + ID + "\",\"fullName\":\"A\",\"isAdmin\":true}")),
                new Hostile("duplicate-json-field", 400, "VALIDATION_FAILED", "DUPLICATE_FIELD",
                        http -> verify(http, "{\"personalId\":\"" + ID + "\",\"personalId\":\"001051409167\",\"fullName\":\"A\"}")),
                new Hostile("malformed-json", 400, "VALIDATION_FAILED", http -> verify(http, "{\"personalId\": \"" + ID)),
                new Hostile("deeply-nested-json", 400, "VALIDATION_FAILED",
                        http -> verify(http, "{\"fullName\":" + "[".repeat(5000) + "]".repeat(5000) + "}")),
                new Hostile("number-for-text", 400, "VALIDATION_FAILED", "INVALID_VALUE",
                        http -> verify(http, "{\"personalId\":1305885451,\"fullName\":\"A\"}")),
                new Hostile("impossible-date", 400, "VALIDATION_FAILED", "INVALID_VALUE",
                        http -> verify(http, "{\"personalId\":\"" + ID + "\",\"dateOfBirth\":\"1930-02-30\"}")),
                new Hostile("trailing-content", 400, "VALIDATION_FAILED",
                        http -> verify(http, "{\"personalId\":\"" + ID + "\",\"fullName\":\"A\"} {\"fullName\":\"B\"}")),
                new Hostile("json-not-an-object", 400, "VALIDATION_FAILED", http -> verify(http, "[\"" + ID + "\"]")),
                new Hostile("empty-body", 400, "VALIDATION_FAILED", http -> verify(http, "")),
                new Hostile("overlong-name", 400, "VALIDATION_FAILED", "INVALID_FULL_NAME",
                        http -> verify(http, "{\"personalId\":\"" + ID + "\",\"fullName\":\"" + "A".repeat(201) + "\"}")),
                // Content types, sizes, headers
                new Hostile("wrong-content-type", 415, "UNSUPPORTED_MEDIA_TYPE",
                        http -> http.send("POST", VERIFY, "personalId=" + ID, with(with(ONE_STOP, PURPOSE), "Content-Type", "text/plain"))),
                new Hostile("xml-body", 415, "UNSUPPORTED_MEDIA_TYPE",
                        http -> http.send("POST", VERIFY, "<v><personalId>" + ID + "</personalId></v>",
                                with(with(ONE_STOP, PURPOSE), "Content-Type", "application/xml"))),
                new Hostile("missing-content-type", 415, "UNSUPPORTED_MEDIA_TYPE",
                        http -> http.send("POST", VERIFY, "{\"personalId\":\"" + ID + "\",\"fullName\":\"A\"}", with(ONE_STOP, PURPOSE))),
                new Hostile("body-over-limit", 413, "PAYLOAD_TOO_LARGE", http -> verify(http, padded(70 * 1024))),
                new Hostile("chunked-body-over-limit", 413, "PAYLOAD_TOO_LARGE",
                        http -> http.sendPublished("POST", VERIFY, chunked(padded(70 * 1024)),
                                with(with(ONE_STOP, PURPOSE), "Content-Type", "application/json"))),
                new Hostile("oversized-header", 400, "VALIDATION_FAILED",
                        http -> http.get(CITIZEN, with(with(ONE_STOP, PURPOSE), "X-Filler", "x".repeat(20_000)))),
                new Hostile("unacceptable-accept", 406, "NOT_ACCEPTABLE",
                        http -> http.get(CITIZEN, with(with(ONE_STOP, PURPOSE), "Accept", "text/html"))),
                new Hostile("unknown-path", 404, "NOT_FOUND", http -> http.get("/api/v1/citizens/" + ID + "/secrets", ONE_STOP)),
                new Hostile("wrong-method", 405, "METHOD_NOT_ALLOWED", http -> http.send("PUT", CITIZEN, "{}", with(ONE_STOP, PURPOSE))),
                new Hostile("hostile-correlation-id", 404, "NOT_FOUND",
                        http -> http.get("/api/v1/nothing", "X-Correlation-Id", "<script>alert(1)</script>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersA4xxProblemWithItsStableCode(Hostile hostile) {
        HttpResponse<String> answer = hostile.request().apply(new GatewayHttp(port));

        assertThat(answer.statusCode()).as(hostile.id() + ": " + answer.body()).isEqualTo(hostile.status());
        assertThat(answer.headers().firstValue("Content-Type")).as(hostile.id())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = GatewayHttp.json(answer);
        assertThat(problem.get("code").asText()).as(hostile.id()).isEqualTo(hostile.code());
        if (hostile.fieldCode() != null) {
            assertThat(problem.at("/errors/0/code").asText()).as(hostile.id()).isEqualTo(hostile.fieldCode());
        }
        String correlationId = answer.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(correlationId).matches("[A-Za-z0-9._:-]{1,64}");
        assertThat(problem.get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(answer.body()).doesNotContain("<html").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theDocumentListsEveryCaseThisTestRuns() throws IOException {
        String document = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../docs/security.md"));
        List<String> ids = cases().map(Hostile::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(document).contains("`" + id + "`"));
    }

    private static HttpResponse<String> lookup(GatewayHttp http, String rawId) {
        return http.get("/api/v1/citizens/" + rawId, with(ONE_STOP, PURPOSE));
    }

    private static HttpResponse<String> verify(GatewayHttp http, String body) {
        return http.postJsonWithPurpose(VERIFY, body, ONE_STOP);
    }

    private static Tokens token() {
        return Tokens.forClient("ho-tich-portal", "population");
    }

    private static String unsignedToken() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"iss\":\"https://id.test.hanoi.invalid/realms/one-stop\",\"client_id\":\"x\","
                + "\"datasets\":[\"population\"],\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    private static String padded(int size) {
        return "{\"personalId\":\"" + ID + "\",\"fullName\":\"" + "A".repeat(size) + "\"}";
    }

    private static HttpRequest.BodyPublisher chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    private static String[] with(String[] headers, String... more) {
        return GatewayHttp.with(headers, more);
    }
}
