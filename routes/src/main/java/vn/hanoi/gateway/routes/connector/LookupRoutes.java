package vn.hanoi.gateway.routes.connector;

import java.util.List;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template "authenticated lookup with cache and breaker", and one route from it per
 * {@link LookupSteps} bean: {@code direct:<system>-<operation>}, route id {@code <system>-<operation>}.
 * A connector package contributes a {@code LookupSteps} bean; it never writes a route of its own. Each step
 * has a node id prefixed with the route's id, so route dumps, JMX and traces name the register and the step.
 */
public final class LookupRoutes extends RouteBuilder {

    public static final String TEMPLATE = "authenticated-lookup";
    static final String REQUEST = "gatewayLookupRequest";
    /** The steps' node ids, each prefixed with its route's id ({@code population-lookup-answer-from-cache}). */
    static final String ANSWER_FROM_CACHE = "answer-from-cache";
    static final String ON_CACHE_MISS = "on-cache-miss";
    static final String FETCH_MAP_CHECK_AND_KEEP = "fetch-map-check-and-keep";

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
                .templateParameter("steps", null, "the registry name of the connector's LookupSteps")
                .from("direct:{{route}}")
                    .routeConfigurationId(ConnectorErrorPolicy.ID)
                    .bean("{{steps}}", "answerFromCache").id(ANSWER_FROM_CACHE)
                    .filter(exchangeProperty(LookupSteps.ANSWERED).isNotEqualTo(true)).id(ON_CACHE_MISS)
                        .bean("{{steps}}", "fetch").id(FETCH_MAP_CHECK_AND_KEEP)
                    .end();

        for (LookupSteps<?> lookup : lookups) {
            String stepsName = lookup.routeId() + "-steps";
            getContext().getRegistry().bind(stepsName, lookup);
            templatedRoute(TEMPLATE)
                    .routeId(lookup.routeId())
                    .prefixId(lookup.routeId() + "-")
                    .parameter("route", lookup.routeId())
                    .parameter("steps", stepsName);
        }
    }
}
