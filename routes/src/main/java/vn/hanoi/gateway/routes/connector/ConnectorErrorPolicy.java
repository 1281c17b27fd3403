package vn.hanoi.gateway.routes.connector;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The one error policy every connector route opts into. A failed upstream call answers from a stale
 * cached copy when the connector's policy allows it for that kind of failure; anything else goes back
 * to the caller as the classified {@link UpstreamException}. Nothing is logged here: exchanges carry
 * personal identifiers, and the caller's edge logs the outcome without them.
 */
public final class ConnectorErrorPolicy extends RouteConfigurationBuilder {

    public static final String ID = "connector-error-policy";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .errorHandler(defaultErrorHandler()
                        .maximumRedeliveries(0)
                        .logExhausted(false)
                        .logStackTrace(false)
                        .logHandled(false)
                        .logExhaustedMessageHistory(false))
                .onException(UpstreamException.class)
                    .onWhen(ConnectorErrorPolicy::staleCopyMayAnswer)
                    .handled(true)
                    .process(exchange -> steps(exchange).serveStale(exchange))
                .end();
    }

    private static boolean staleCopyMayAnswer(Exchange exchange) {
        UpstreamException failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, UpstreamException.class);
        LookupSteps<?> steps = steps(exchange);
        return failure != null && steps != null && steps.canServeStale(exchange, failure);
    }

    private static LookupSteps<?> steps(Exchange exchange) {
        return exchange.getProperty(LookupSteps.STEPS, LookupSteps.class);
    }
}
