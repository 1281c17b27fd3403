package vn.hanoi.gateway.routes.connector;

import java.util.List;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template "register lookup", and one route from it per {@link LookupSteps} bean:
 * {@code direct:<system>-<operation>}, route id {@code <system>-<operation>}. Read as a flow: read the cache; on a
 * miss, behind the connector's circuit breaker, call the register ({@code register:} endpoint), map its answer to
 * canonical and check it is the record asked for, then record the call's attempt as a success (an answer the mapping
 * or the check refuses is recorded as a failed attempt by the step that refused it); keep it. A failure goes to the
 * shared error policy ({@link ConnectorErrorPolicy}: a stale copy, or the classified failure). Each step has a node id prefixed with its
 * route's id ({@code population-lookup-call-register}), so route dumps, JMX and traces name the register and the step.
 */
public final class LookupRoutes extends RouteBuilder {

    public static final String TEMPLATE = "register-lookup";
    static final String REQUEST = "gatewayLookupRequest";
    /** The steps' node ids, each prefixed with its route's id ({@code population-lookup-read-cache}). */
    static final String READ_CACHE = "read-cache";
    static final String ON_CACHE_MISS = "on-cache-miss";
    static final String CIRCUIT_BREAKER = "circuit-breaker";
    static final String CALL_REGISTER = "call-register";
    static final String MAP_TO_CANONICAL = "map-to-canonical";
    static final String CHECK_RECORD_ASKED = "check-record-asked";
    static final String RECORD_ATTEMPT = "record-attempt";
    static final String WHY_NOT_ANSWERED = "why-not-answered";
    static final String KEEP_IN_CACHE = "keep-in-cache";
    /** The steps on the way to an answer (the breaker's fallback, {@link #WHY_NOT_ANSWERED}, is off it). */
    static final List<String> STEPS = List.of(READ_CACHE, ON_CACHE_MISS, CIRCUIT_BREAKER, CALL_REGISTER,
            MAP_TO_CANONICAL, CHECK_RECORD_ASKED, RECORD_ATTEMPT, KEEP_IN_CACHE);

    private final List<LookupSteps<?>> lookups;

    public LookupRoutes(List<LookupSteps<?>> lookups) {
        this.lookups = lookups;
    }

    public static String endpoint(String system, String operation) {
        return "direct:" + system + "-" + operation;
    }

    @Override
    public void configure() {
        routeTemplate(TEMPLATE)
                .templateParameter("route", null, "the route id and direct endpoint, <system>-<operation>")
                .templateParameter("register", null, "the register endpoint, register:<system>?operation=<operation>")
                .templateParameter("steps", null, "the registry name of the connector's LookupSteps")
                .templateParameter("breaker", null, "the registry name of the connector's Resilience4j circuit breaker")
                .from("direct:{{route}}")
                    .routeConfigurationId(ConnectorErrorPolicy.ID)
                    .bean("{{steps}}", "readCache").id(READ_CACHE)
                    .filter(exchangeProperty(LookupSteps.ANSWERED).isNotEqualTo(true)).id(ON_CACHE_MISS)
                        .circuitBreaker().id(CIRCUIT_BREAKER)
                            .resilience4jConfiguration().circuitBreaker("{{breaker}}").end()
                            .to("{{register}}").id(CALL_REGISTER)
                            .bean("{{steps}}", "toCanonical").id(MAP_TO_CANONICAL)
                            .bean("{{steps}}", "checkRecordAsked").id(CHECK_RECORD_ASKED)
                            // the answering attempt counts as a success only now (a refusal above records it failed)
                            .bean("{{steps}}", "recordAttempt").id(RECORD_ATTEMPT)
                        .onFallback()
                            // a pipeline of one, for an id (the template's prefix does not reach a fallback)
                            .pipeline().id("{{route}}-" + WHY_NOT_ANSWERED)
                                .bean("{{steps}}", "whyNotAnswered")
                            .end()
                        .end()
                        .bean("{{steps}}", "keep").id(KEEP_IN_CACHE)
                    .end();

        getContext().addComponent(RegisterComponent.SCHEME, new RegisterComponent(lookups));
        for (LookupSteps<?> lookup : lookups) {
            String stepsName = lookup.routeId() + "-steps";
            String breakerName = lookup.system() + "-circuit-breaker";
            getContext().getRegistry().bind(stepsName, lookup);
            getContext().getRegistry().bind(breakerName, lookup.connector().breaker());
            templatedRoute(TEMPLATE)
                    .routeId(lookup.routeId())
                    .prefixId(lookup.routeId() + "-")
                    .parameter("route", lookup.routeId())
                    .parameter("register", RegisterComponent.uri(lookup.system(), lookup.operation()))
                    .parameter("steps", stepsName)
                    .parameter("breaker", breakerName);
        }
    }
}
