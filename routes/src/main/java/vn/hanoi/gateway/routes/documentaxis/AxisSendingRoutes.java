package vn.hanoi.gateway.routes.documentaxis;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Sends the transfers' documents over the axis. The schedule ({@code document-axis-send-schedule}, every
 * {@code poll-interval}, on one instance at a time) runs {@code document-axis-send}: each transfer due is built into
 * edXML and posted on its own ({@code document-axis-post}: a {@code document-axis-post-call} with the session's token, and
 * after 401 {@code BAD_TOKEN} one more with a new token), and its outcome recorded ({@link SendingOutcomes}). A post repeated after a crash carries the
 * same {@code DocumentId}: the axis answers it with the first {@code messageId} and delivers nothing again.
 */
final class AxisSendingRoutes extends RouteBuilder {

    static final String SCHEDULE = "document-axis-send-schedule";
    static final String SEND = "document-axis-send";
    static final String POST = "document-axis-post";
    static final String CALL = "document-axis-post-call";
    static final String ENDPOINT = "direct:" + SEND;
    static final String QUEUED = "queuedTransfer";
    private static final String EDXML = "edxml";
    private static final String TOKEN = "axisToken";

    private final TransferOutbox outbox;
    private final AxisSession session;
    private final SendingOutcomes outcomes;
    private final SendingSettings settings;
    private final Predicate onOneInstance;
    private final Duration pollInterval;
    private final String messagesUri;
    private final Clock clock;

    AxisSendingRoutes(TransferOutbox outbox, AxisSession session, SendingOutcomes outcomes, SendingSettings settings,
                      Predicate onOneInstance, Duration pollInterval, Timeouts timeouts, Clock clock) {
        this.outbox = outbox;
        this.session = session;
        this.outcomes = outcomes;
        this.settings = settings;
        this.onOneInstance = onOneInstance;
        this.pollInterval = pollInterval;
        this.messagesUri = "{{gateway.connectors.document-axis.base-url}}/edxml/v1/messages?throwExceptionOnFailure=false"
                + "&connectTimeout=" + timeouts.connect().toMillis() + "&responseTimeout=" + timeouts.response().toMillis();
        this.clock = clock;
    }

    /** The HTTP timeouts of one post: the connector's connect and attempt timeouts. */
    record Timeouts(Duration connect, Duration response) {
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
                        .to("direct:" + POST)
                        .process(outcomes::answered)
                    .doCatch(NotBuilt.class)
                        .process(exchange -> outcomes.unbuildable(exchange.getProperty(QUEUED,
                                TransferOutbox.QueuedTransfer.class), exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                                NotBuilt.class)))
                    .doCatch(Exception.class)
                        .process(outcomes::unreachable)
                    .end()
                .end();

        from("direct:" + POST).routeId(POST).errorHandler(noErrorHandler())
                .to("direct:" + CALL)
                .filter(this::tokenRefused)
                    .process(exchange -> session.invalidate(exchange.getProperty(TOKEN, String.class)))
                    .to("direct:" + CALL);

        from("direct:" + CALL).routeId(CALL).errorHandler(noErrorHandler())
                .removeHeaders("*")
                .process(this::authorised)
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml; charset=UTF-8"))
                .to(messagesUri)
                .convertBodyTo(String.class);
    }

    private void build(Exchange exchange) {
        try {
            String edxml = outbox.edxml(exchange.getProperty(QUEUED, TransferOutbox.QueuedTransfer.class), clock.instant());
            exchange.setProperty(EDXML, edxml.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException failure) {
            throw new NotBuilt(failure);
        }
    }

    private void authorised(Exchange exchange) {
        String token = session.token();
        exchange.setProperty(TOKEN, token);
        exchange.getMessage().setBody(exchange.getProperty(EDXML, byte[].class));
        exchange.getMessage().setHeader("Authorization", "Bearer " + token);
    }

    private boolean tokenRefused(Exchange exchange) {
        return AxisSession.isBadToken(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class),
                exchange.getMessage().getBody(String.class));
    }

    /** The transfer's edXML could not be built: nothing is posted. */
    static final class NotBuilt extends RuntimeException {
        NotBuilt(RuntimeException cause) {
            super(cause.getClass().getSimpleName(), cause, false, false);
        }
    }
}
