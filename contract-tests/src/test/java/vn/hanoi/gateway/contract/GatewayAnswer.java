package vn.hanoi.gateway.contract;

import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What the caller got from the gateway, with the checks the public contract ({@code API.md}) makes of
 * every lookup answer: a record with its provenance headers, or a problem with its code.
 *
 * @param sentCorrelationId the correlation id the caller sent, which every answer must carry back
 */
public record GatewayAnswer(int status, HttpHeaders headers, JsonNode body, String sentCorrelationId,
                            Duration elapsed) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** A 200 with the record as JSON, from {@code system}, with the given {@code X-Cache} state. */
    public GatewayAnswer assertRecord(String system, String cacheState) {
        assertThat(status).as("status of %s", body).isEqualTo(200);
        assertThat(header("Content-Type")).startsWith("application/json");
        assertThat(header("X-Correlation-Id")).isEqualTo(sentCorrelationId);
        assertThat(header("X-Source-System")).isEqualTo(system);
        assertThat(header("X-Cache")).isEqualTo(cacheState);
        assertThat(OffsetDateTime.parse(header("X-Retrieved-At"))).isNotNull();
        return this;
    }

    /** The record is, field for field, the expected canonical one. */
    public GatewayAnswer assertBodyEquals(JsonNode canonical) {
        assertThat(JsonFieldDiff.between(canonical, body)).as("differences from the canonical record").isEmpty();
        return this;
    }

    /** An RFC 9457 problem with the contract's code, carrying the caller's correlation id. */
    public GatewayAnswer assertProblem(int expectedStatus, String code) {
        assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
        assertThat(header("Content-Type")).startsWith("application/problem+json");
        assertThat(header("X-Correlation-Id")).isEqualTo(sentCorrelationId);
        assertThat(body.path("status").asInt()).isEqualTo(expectedStatus);
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("correlationId").asText()).isEqualTo(sentCorrelationId);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.has("trace") || body.has("stackTrace")).as("no stack trace").isFalse();
        return this;
    }

    /** A 503 {@code UPSTREAM_UNAVAILABLE} telling the caller when to come back. */
    public GatewayAnswer assertUnavailable(Duration retryAfter) {
        assertProblem(503, "UPSTREAM_UNAVAILABLE");
        assertThat(header("Retry-After")).isEqualTo(Long.toString(retryAfter.toSeconds()));
        return this;
    }
}
