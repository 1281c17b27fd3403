package vn.hanoi.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/**
 * Walks every endpoint the application maps, present and future: each has an access rule, and each that
 * is not public refuses an anonymous caller (401) and a caller outside its dataset (403).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class EveryEndpointIsGuardedIT {

    private static final String AUDITOR_KEY = "sandbox-auditor-key";
    private static final String OPS_KEY = "sandbox-ops-key";

    @LocalServerPort
    int port;

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
        for (Map.Entry<RequestMappingInfo, HandlerMethod> endpoint : mappings.getHandlerMethods().entrySet()) {
            Access rule = AccessPolicy.ruleOf(endpoint.getValue());
            if (rule.value() == Access.Scope.PUBLIC) {
                continue;
            }
            for (String pattern : endpoint.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "001305885451");
                for (RequestMethod method : methods(endpoint.getKey())) {
                    HttpResponse<String> anonymous = http.send(method.name(), path, "{}", "Content-Type", "application/json");
                    assertThat(anonymous.statusCode()).as(method + " " + path + " anonymous").isEqualTo(401);
                    assertThat(GatewayHttp.json(anonymous).get("code").asText()).isEqualTo("UNAUTHENTICATED");

                    String outsider = rule.dataset() == Dataset.OPS ? AUDITOR_KEY : OPS_KEY;
                    HttpResponse<String> forbidden = http.send(method.name(), path, "{}",
                            "Content-Type", "application/json", "X-API-Key", outsider);
                    assertThat(forbidden.statusCode()).as(method + " " + path + " outside dataset").isEqualTo(403);
                    guarded++;
                }
            }
        }
        assertThat(guarded).isPositive();
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
        HttpResponse<String> answer = new GatewayHttp(port).get("/actuator/health", "X-API-Key", "not-a-key");
        assertThat(answer.statusCode()).isEqualTo(401);
    }

    @Test
    void operationsEndpointsAreForTheOpsClientOnly() {
        GatewayHttp http = new GatewayHttp(port);
        assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", "X-API-Key", GatewayHttp.ONE_STOP_KEY).statusCode()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", "X-API-Key", OPS_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void healthDetailsAreShownToTheOpsClientOnly() {
        GatewayHttp http = new GatewayHttp(port);
        assertThat(GatewayHttp.json(http.get("/actuator/health")).has("components")).isFalse();
        assertThat(GatewayHttp.json(http.get("/actuator/health", "X-API-Key", OPS_KEY))
                .at("/components/connectors/components/population/details/circuitState").asText()).isEqualTo("CLOSED");
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        return declared.isEmpty() ? Set.of(RequestMethod.GET) : declared;
    }
}
