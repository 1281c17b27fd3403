package vn.hanoi.gateway.routes.connector;

import java.util.List;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route template "authenticated lookup with cache and breaker", and one route from it per
 * {@link LookupSteps} bean: {@code direct:<system>-<operation>}, route id {@code <system>-<operation>}.
 * A connector package contributes a {@code LookupSteps} bean; it never writes a route of its own.
 */
public final class LookupRoutes extends RouteBuilder {

    public static final String TEMPLATE = "authenticated-lookup";
    static final String REQUEST = "gatewayLookupRequest";

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
                    .bean("{{steps}}", "answerFromCache")
                    .filter(exchangeProperty(LookupSteps.ANSWERED).isNotEqualTo(true))
                        .bean("{{steps}}", "fetch")
                    .end();

        for (LookupSteps<?> lookup : lookups) {
            String stepsName = lookup.routeId() + "-steps";
            getContext().getRegistry().bind(stepsName, lookup);
            templatedRoute(TEMPLATE)
                    .routeId(lookup.routeId())
                    .parameter("route", lookup.routeId())
                    .parameter("steps", stepsName);
        }
    }
}
