package vn.hanoi.gateway.routes.connector;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Asks the register for the native record of the lookup in the body ({@link LookupRequest}) and answers it as the
 * body. Concurrent misses for the same record share one call ({@link InFlightFetches}); the call takes at most the
 * connector's deadline, runs on its bounded workers and is retried as its policy says ({@link ResilientUpstream}).
 * The circuit breaker is not here: it is the route's {@code circuitBreaker()} step around this endpoint. Nor is the
 * answering attempt's outcome: an answer the route's later steps refuse is a failed attempt, so the route records it.
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
        Object nativeRecord = inFlight.once(lookup.cacheKey(exchange), deadline, () -> {
            ResilientUpstream.Answer<N> answer = connector.metrics().timed(lookup.operation(),
                    () -> connector.resilient().answer(lookup.upstream(), request, deadline));
            // Only the exchange that called records the attempt (not those that shared its answer), and only
            // once its route has mapped and checked the answer (LookupSteps#recordAttempt).
            exchange.setProperty(LookupSteps.UNRECORDED_ATTEMPT, answer.took());
            return answer.record();
        }, connector.metrics()::coalesced);
        exchange.getMessage().setBody(nativeRecord);
    }
}
