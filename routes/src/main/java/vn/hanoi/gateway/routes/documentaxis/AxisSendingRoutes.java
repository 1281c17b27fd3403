package vn.hanoi.gateway.routes.documentaxis;

import java.time.Clock;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Sends the transfers' documents over the axis. The schedule ({@code document-axis-send-schedule}, every
 * {@code poll-interval}, on one instance at a time) runs {@code document-axis-send}: each transfer due is built into
 * edXML and posted on its own through the shared {@code document-axis-call} ({@link AxisCallRoute}: the session's
 * token, and after 401 {@code BAD_TOKEN} once more with a new one), and its outcome recorded ({@link SendingOutcomes}).
 * A post repeated after a crash carries the same {@code DocumentId}: the axis answers it with the first
 * {@code messageId} and delivers nothing again.
 */
final class AxisSendingRoutes extends RouteBuilder {

    static final String SCHEDULE = "document-axis-send-schedule";
    static final String SEND = "document-axis-send";
    static final String ENDPOINT = "direct:" + SEND;
    static final String QUEUED = "queuedTransfer";
    private static final String MESSAGES = "/edxml/v1/messages";

    private final TransferOutbox outbox;
    private final SendingOutcomes outcomes;
    private final SendingSettings settings;
    private final Predicate onOneInstance;
    private final Duration pollInterval;
    private final Clock clock;

    AxisSendingRoutes(TransferOutbox outbox, SendingOutcomes outcomes, SendingSettings settings, Predicate onOneInstance,
                      Duration pollInterval, Clock clock) {
        this.outbox = outbox;
        this.outcomes = outcomes;
        this.settings = settings;
        this.onOneInstance = onOneInstance;
        this.pollInterval = pollInterval;
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("timer:" + SCHEDULE + "?delay=" + pollInterval.toMillis() + "&period=" + pollInterval.toMillis())
                .routeId(SCHEDULE)
                .onException(Exception.class).handled(true)
                    .log("document-axis sending run failed: ${exception.class.simpleName}").end()
                .filter(onOneInstance).to(ENDPOINT);

        from(ENDPOINT).routeId(SEND)
                .process(exchange -> exchange.getMessage().setBody(outbox.due(clock.instant(), settings.batchSize())))
                .split(body())
                    .setProperty(QUEUED, body())
                    .doTry()
                        .process(this::build)
                        .to(AxisCallRoute.ENDPOINT)
                        .process(outcomes::answered)
                    .doCatch(NotBuilt.class)
                        .process(exchange -> outcomes.unbuildable(exchange.getProperty(QUEUED,
                                TransferOutbox.QueuedTransfer.class), exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                                NotBuilt.class)))
                    .doCatch(Exception.class)
                        .process(outcomes::unreachable)
                    .end()
                .end();
    }

    private void build(Exchange exchange) {
        try {
            String edxml = outbox.edxml(exchange.getProperty(QUEUED, TransferOutbox.QueuedTransfer.class), clock.instant());
            exchange.getMessage().setBody(AxisRequest.postXml(MESSAGES, edxml));
        } catch (RuntimeException failure) {
            throw new NotBuilt(failure);
        }
    }

    /** The transfer's edXML could not be built: nothing is posted. */
    static final class NotBuilt extends RuntimeException {
        NotBuilt(RuntimeException cause) {
            super(cause.getClass().getSimpleName(), cause, false, false);
        }
    }
}
