package vn.hanoi.gateway.routes.connector;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Asks the register for the native record of the lookup in the body ({@link LookupRequest}) and answers it as the
 * body. Concurrent misses for the same record share one call ({@link InFlightFetches}); the call takes at most the
 * connector's deadline, runs on its bounded workers and is retried as its policy says ({@link ResilientUpstream}).
 * The circuit breaker is not here: it is the route's {@code circuitBreaker()} step around this endpoint.
 *
 * @param <N> the native record type
 */
final class RegisterProducer<N> extends DefaultProducer {

    private final LookupSteps<N> lookup;
    private final InFlightFetches<Object> inFlight;

    RegisterProducer(RegisterEndpoint endpoint, LookupSteps<N> lookup, InFlightFetches<Object> inFlight) {
        super(endpoint);
        this.lookup = lookup;
        this.inFlight = inFlight;
    }

    @Override
    public void process(Exchange exchange) {
        Connector connector = lookup.connector();
        LookupRequest request = LookupSteps.request(exchange);
        Deadline deadline = Deadline.after(connector.properties().getDeadline());
        Object nativeRecord = inFlight.once(lookup.cacheKey(exchange), deadline,
                () -> connector.metrics().timed(lookup.operation(),
                        () -> connector.resilient().call(lookup.upstream(), request, deadline)),
                connector.metrics()::coalesced);
        exchange.getMessage().setBody(nativeRecord);
    }
}
