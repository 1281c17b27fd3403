package vn.hanoi.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * The OpenAPI document at {@code /v3/api-docs}: public, covering every endpoint the gateway maps under
 * {@code /api} and {@code /ops} and the actuator endpoints of the contract, with the canonical records,
 * real examples, headers and problems. Writes it to {@code target/openapi.json}, which {@code .ci/run} lints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class OpenApiDocumentIT {

    private static final Path DOCUMENT = Path.of("target", "openapi.json");
    private static final String CITIZEN = "/api/v1/citizens/{personalId}";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void documentsEveryEndpointForAnyoneAndIsWrittenForTheLinter() throws IOException {
        HttpResponse<String> answer = new GatewayHttp(port).get("/v3/api-docs");
        assertThat(answer.statusCode()).isEqualTo(200);
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, answer.body());
        JsonNode api = GatewayHttp.json(answer);

        assertThat(api.get("openapi").asText()).startsWith("3.0");
        JsonNode paths = api.get("paths");
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/") || pattern.equals("/ops"))
                .forEach(pattern -> methods(info.getMethodsCondition().getMethods()).forEach(method ->
                        assertThat(paths.at("/" + pattern.replace("~", "~0").replace("/", "~1") + "/" + method)
                                .isMissingNode()).as(method + " " + pattern).isFalse())));
        assertThat(paths.has("/actuator/health")).isTrue();
        assertThat(paths.has("/actuator/health/readiness")).isTrue();
        assertThat(paths.has("/actuator/health/liveness")).isTrue();
        assertThat(paths.has("/actuator/prometheus")).isTrue();
        assertThat(api.get("components").get("schemas").fieldNames()).toIterable()
                .contains("Citizen", "Enterprise", "InsuranceRecord", "Parcel", "Address", "Problem", "FieldError");
        assertThat(api.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-API-Key");
    }

    @Test
    void describesALookupWithItsPurposeHeadersAnswerHeadersAndProblems() {
        JsonNode citizen = GatewayHttp.json(new GatewayHttp(port).get("/v3/api-docs")).get("paths").get(CITIZEN).get("get");

        assertThat(citizen.get("parameters").findValuesAsText("name"))
                .contains("personalId", "X-Dossier-Code", "X-Officer-Id", "X-Correlation-Id");
        JsonNode responses = citizen.get("responses");
        assertThat(responses.fieldNames()).toIterable().contains("200", "400", "401", "403", "404", "502", "503", "504");
        assertThat(responses.at("/200/headers").fieldNames()).toIterable()
                .contains("X-Source-System", "X-Cache", "X-Retrieved-At", "X-Correlation-Id");
        assertThat(responses.at("/400/content/application~1problem+json/examples").fieldNames()).toIterable()
                .contains("VALIDATION_FAILED", "PURPOSE_REQUIRED");
        assertThat(responses.at("/503/headers/Retry-After").isMissingNode()).isFalse();
        assertThat(responses.at("/404/content/application~1problem+json/examples/NOT_FOUND/value/instance").asText())
                .isEqualTo("/api/v1/citizens/001051409167");
    }

    @Test
    void itsExampleAnswerIsWhatTheSandboxAnswers() {
        GatewayHttp http = new GatewayHttp(port);
        JsonNode example = GatewayHttp.json(http.get("/v3/api-docs"))
                .at("/paths/" + CITIZEN.replace("/", "~1") + "/get/responses/200/content/application~1json/examples/sandbox/value");

        JsonNode answer = GatewayHttp.json(http.getAsOneStopShopUntil("/api/v1/citizens/001051409167",
                found -> found.statusCode() == 200, 5));

        assertThat(JsonFieldDiff.between(answer, example)).isEmpty();
    }

    @Test
    void theBrowsableUiIsServedToAnyone() {
        GatewayHttp http = new GatewayHttp(port);
        HttpResponse<String> welcome = http.get("/swagger-ui.html");
        assertThat(welcome.statusCode()).isEqualTo(302);
        assertThat(welcome.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/swagger-ui/index.html"));
        assertThat(http.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(GatewayHttp.json(http.get("/v3/api-docs/swagger-config")).get("url").asText()).isEqualTo("/v3/api-docs");
    }

    private static List<String> methods(Set<RequestMethod> declared) {
        return (declared.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(declared)).stream()
                .map(method -> method.name().toLowerCase(Locale.ROOT)).toList();
    }
}
