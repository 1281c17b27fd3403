package vn.hanoi.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gateway.testing.ProblemAssert.assertProblem;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.Tokens;

/**
 * Walks every endpoint the application maps, present and future: each has an access rule; each that is
 * not public refuses an anonymous caller (401) and a caller outside its dataset (403), whether it shows
 * an API key or a bearer token, and lets an entitled caller through with either; each that reads
 * personal data wants a purpose (400).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class EveryEndpointIsGuardedIT {

    private static final String AUDITOR_KEY = "sandbox-auditor-key";
    private static final String OPS_KEY = "sandbox-ops-key";

    @LocalServerPort
    int port;

    @Autowired
    Datasets datasets;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointDeclaresAnAccessRule() {
        Map<RequestMappingInfo, HandlerMethod> endpoints = mappings.getHandlerMethods();
        assertThat(endpoints).isNotEmpty();
        endpoints.forEach((info, method) ->
                assertThat(AccessPolicy.ruleOf(method)).as(info.toString()).isNotNull());
    }

    @Test
    void everyGuardedEndpointRefusesAnonymousCallersAndCallersOutsideItsDataset() {
        GatewayHttp http = new GatewayHttp(port);
        int guarded = 0;
        for (Endpoint endpoint : guardedEndpoints()) {
            HttpResponse<String> anonymous = endpoint.send(http);
            assertThat(anonymous.statusCode()).as(endpoint + " anonymous").isEqualTo(401);
            assertThat(GatewayHttp.json(anonymous).get("code").asText()).isEqualTo("UNAUTHENTICATED");

            String outsider = endpoint.rule().dataset().equals(Dataset.OPS) ? AUDITOR_KEY : OPS_KEY;
            HttpResponse<String> keyOutside = endpoint.send(http, "X-API-Key", outsider);
            assertThat(keyOutside.statusCode()).as(endpoint + " key outside dataset").isEqualTo(403);
            assertThat(GatewayHttp.json(keyOutside).get("code").asText()).isEqualTo("FORBIDDEN");

            String[] otherDatasets = datasets.known().stream().map(Dataset::wireName)
                    .filter(name -> !name.equals(endpoint.rule().dataset())).toArray(String[]::new);
            HttpResponse<String> tokenOutside = endpoint.send(http, Tokens.forClient("outsider", otherDatasets).header());
            assertThat(tokenOutside.statusCode()).as(endpoint + " token outside dataset").isEqualTo(403);
            assertThat(GatewayHttp.json(tokenOutside).get("code").asText()).isEqualTo("FORBIDDEN");
            guarded++;
        }
        assertThat(guarded).isPositive();
    }

    @Test
    void everyGuardedEndpointLetsAnEntitledCallerThroughWithEitherCredential() {
        GatewayHttp http = new GatewayHttp(port);
        for (Endpoint endpoint : guardedEndpoints()) {
            String dataset = endpoint.rule().dataset();
            for (String[] credential : List.of(new String[] {"X-API-Key", sandboxKeyFor(dataset)},
                    Tokens.forClient("entitled", dataset).header())) {
                HttpResponse<String> answer = endpoint.send(http, GatewayHttp.with(credential, GatewayHttp.PURPOSE));
                assertThat(answer.statusCode()).as(endpoint + " " + credential[0]).isNotIn(401, 403).isLessThan(500);
                assertThat(answer.body()).as(endpoint + " " + credential[0]).doesNotContain("PURPOSE_REQUIRED");
                if (endpoint.rule().personalData()) {
                    HttpResponse<String> withoutPurpose = endpoint.send(http, credential);
                    assertThat(withoutPurpose.statusCode()).as(endpoint + " without purpose").isEqualTo(400);
                    assertThat(GatewayHttp.json(withoutPurpose).get("code").asText()).isEqualTo("PURPOSE_REQUIRED");
                }
            }
        }
    }

    @Test
    void personalDataEndpointsRequireAPurpose() {
        GatewayHttp http = new GatewayHttp(port);
        HttpResponse<String> noPurpose = http.get("/api/v1/citizens/001305885451", "X-API-Key", GatewayHttp.ONE_STOP_KEY);
        assertThat(noPurpose.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(noPurpose).get("code").asText()).isEqualTo("PURPOSE_REQUIRED");

        HttpResponse<String> malformed = http.get("/api/v1/citizens/001305885451", "X-API-Key", GatewayHttp.ONE_STOP_KEY,
                "X-Dossier-Code", "D 1; drop", "X-Officer-Id", "can-bo-1");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(GatewayHttp.json(malformed).get("code").asText()).isEqualTo("PURPOSE_REQUIRED");
    }

    @Test
    void aWrongKeyIsRefusedEvenOnPublicPaths() {
        assertProblem(new GatewayHttp(port).get("/actuator/health", "X-API-Key", "not-a-key"), 401, "UNAUTHENTICATED");
    }

    @Test
    void operationsEndpointsAreForTheOpsClientOnly() {
        GatewayHttp http = new GatewayHttp(port);
        assertProblem(http.get("/actuator/prometheus"), 401, "UNAUTHENTICATED");
        assertProblem(http.get("/actuator/prometheus", "X-API-Key", GatewayHttp.ONE_STOP_KEY), 403, "FORBIDDEN");
        assertThat(http.get("/actuator/prometheus", "X-API-Key", OPS_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void healthDetailsAreShownToTheOpsClientOnly() {
        GatewayHttp http = new GatewayHttp(port);
        assertThat(GatewayHttp.json(http.get("/actuator/health")).has("components")).isFalse();
        assertThat(GatewayHttp.json(http.get("/actuator/health", "X-API-Key", OPS_KEY))
                .at("/components/connectors/components/population/details/circuitState").asText()).isEqualTo("CLOSED");
    }

    private List<Endpoint> guardedEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Access rule = AccessPolicy.ruleOf(method);
            if (rule.value() == Access.Scope.PUBLIC) {
                return;
            }
            Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod verb : declared.isEmpty() ? Set.of(RequestMethod.GET) : declared) {
                    endpoints.add(new Endpoint(verb.name(), pattern.replaceAll("\\{[^}]+}", "001305885451"), rule));
                }
            }
        });
        assertThat(endpoints).isNotEmpty();
        return endpoints;
    }

    private static String sandboxKeyFor(String dataset) {
        return switch (dataset) {
            case Dataset.AUDIT -> AUDITOR_KEY;
            case Dataset.OPS -> OPS_KEY;
            case Dataset.ACCESS_HISTORY -> "sandbox-citizen-portal-key";
            case Dataset.INDICATORS -> "sandbox-leaders-key";
            default -> GatewayHttp.ONE_STOP_KEY;
        };
    }

    /** One method and path of a mapped endpoint, with its access rule; sent with an empty JSON body. */
    private record Endpoint(String method, String path, Access rule) {
        HttpResponse<String> send(GatewayHttp http, String... headers) {
            return http.send(method, path, "{}", GatewayHttp.with(headers, "Content-Type", "application/json"));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
