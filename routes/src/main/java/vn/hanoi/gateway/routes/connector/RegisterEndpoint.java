package vn.hanoi.gateway.routes.connector;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/** One register lookup as an endpoint: producer only; a register is asked, it never calls the gateway. */
final class RegisterEndpoint extends DefaultEndpoint {

    private final LookupSteps<?> lookup;
    /** One per endpoint, so that every producer of it shares the fetches in flight. */
    private final InFlightFetches<Object> inFlight;

    RegisterEndpoint(String uri, RegisterComponent component, LookupSteps<?> lookup) {
        super(uri, component);
        this.lookup = lookup;
        this.inFlight = new InFlightFetches<>(lookup.system());
    }

    @Override
    public Producer createProducer() {
        return new RegisterProducer<>(this, lookup, inFlight);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("a register is only asked: " + getEndpointUri());
    }
}
