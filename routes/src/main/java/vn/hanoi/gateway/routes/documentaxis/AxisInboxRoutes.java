package vn.hanoi.gateway.routes.documentaxis;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * The axis inbox job: {@code direct:document-axis-inbox} reads what is new ({@link InboxReading}; on demand, failures
 * go back to the caller), and the {@code document-axis-inbox-schedule} timer runs it every {@code poll-interval} on
 * one instance at a time (ShedLock), logging a failed run by kind only.
 */
final class AxisInboxRoutes extends RouteBuilder {

    static final String READ = "document-axis-inbox";
    private static final Logger LOG = LoggerFactory.getLogger(AxisInboxRoutes.class);

    private final InboxReading reading;
    private final InboxSettings settings;
    private final Duration pollInterval;
    private final Predicate onOneInstance;

    AxisInboxRoutes(InboxReading reading, InboxSettings settings, Duration pollInterval, Predicate onOneInstance) {
        this.reading = reading;
        this.settings = settings;
        this.pollInterval = pollInterval;
        this.onOneInstance = onOneInstance;
    }

    @Override
    public void configure() {
        from("direct:" + READ).routeId(READ).errorHandler(noErrorHandler())
                .process(exchange -> exchange.getMessage().setBody(reading.readNew()));

        from("timer:" + READ + "?delay=" + Math.max(1, settings.initialDelay().toMillis())
                + "&period=" + pollInterval.toMillis())
                .routeId(READ + "-schedule").autoStartup(settings.enabled())
                .onException(Exception.class).handled(true).process(AxisInboxRoutes::logFailure).end()
                .filter(onOneInstance)
                .to("direct:" + READ);
    }

    private static void logFailure(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String what = failure instanceof UpstreamException upstream ? upstream.getMessage()
                : failure == null ? "unknown" : failure.getClass().getSimpleName();
        LOG.warn("{} run failed: {}", READ, what);
    }
}
