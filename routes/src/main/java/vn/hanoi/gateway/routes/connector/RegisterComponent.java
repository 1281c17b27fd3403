package vn.hanoi.gateway.routes.connector;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * The Camel component {@code register}: {@code register:<system>?operation=<operation>} is the call to a national
 * register for one lookup, as a route sees it ({@code to("register:population?operation=lookup")}). Its producer
 * ({@link RegisterProducer}) makes the call with what Camel's own endpoints cannot promise: one call for concurrent
 * misses of the same record, a hard deadline, bounded workers, retries that honour {@code Retry-After}.
 */
final class RegisterComponent extends DefaultComponent {

    static final String SCHEME = "register";

    private final Map<String, LookupSteps<?>> lookupsByRoute;

    RegisterComponent(List<LookupSteps<?>> lookups) {
        this.lookupsByRoute = lookups.stream().collect(Collectors.toMap(LookupSteps::routeId, Function.identity()));
    }

    static String uri(String system, String operation) {
        return SCHEME + ":" + system + "?operation=" + operation;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String system, Map<String, Object> parameters) {
        String operation = getAndRemoveParameter(parameters, "operation", String.class);
        LookupSteps<?> lookup = lookupsByRoute.get(system + "-" + operation);
        if (lookup == null) {
            throw new IllegalArgumentException("no lookup " + operation + " of register " + system + ": " + uri);
        }
        return new RegisterEndpoint(uri, this, lookup);
    }
}
