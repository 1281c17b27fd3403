package vn.hanoi.gateway.routes.documentaxis;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * The axis inbox jobs, each a {@code direct:<job>} route that runs it (on demand; failures go back to the caller) and a
 * {@code <job>-schedule} timer that runs it every {@code poll-interval} on one instance at a time (ShedLock), logging a
 * failed run by kind only: {@code document-axis-inbox} reads what is new ({@link InboxReading}),
 * {@code document-axis-answers} sends the units' answers to incoming transfers ({@link AnswerSending}).
 */
final class AxisInboxRoutes extends RouteBuilder {

    static final String READ = "document-axis-inbox";
    static final String ANSWER = "document-axis-answers";
    private static final Logger LOG = LoggerFactory.getLogger(AxisInboxRoutes.class);

    private final InboxReading reading;
    private final AnswerSending answering;
    private final InboxSettings settings;
    private final Duration pollInterval;
    private final JobLocks locks;

    AxisInboxRoutes(InboxReading reading, AnswerSending answering, InboxSettings settings, Duration pollInterval,
                    JobLocks locks) {
        this.reading = reading;
        this.answering = answering;
        this.settings = settings;
        this.pollInterval = pollInterval;
        this.locks = locks;
    }

    /** Makes the step that lets a job's run go ahead on one instance at a time. */
    @FunctionalInterface
    interface JobLocks {
        Predicate onOneInstance(String job);
    }

    @Override
    public void configure() {
        job(READ, exchange -> exchange.getMessage().setBody(reading.readNew()));
        job(ANSWER, exchange -> exchange.getMessage().setBody(answering.sendDue()));
    }

    private void job(String name, Processor run) {
        from("direct:" + name).routeId(name).errorHandler(noErrorHandler()).process(run);
        from("timer:" + name + "?delay=" + Math.max(1, settings.initialDelay().toMillis())
                + "&period=" + pollInterval.toMillis())
                .routeId(name + "-schedule").autoStartup(settings.enabled())
                .onException(Exception.class).handled(true).process(exchange -> logFailure(name, exchange)).end()
                .filter(locks.onOneInstance(name))
                .to("direct:" + name);
    }

    private static void logFailure(String job, Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String what = failure instanceof UpstreamException upstream ? upstream.getMessage()
                : failure == null ? "unknown" : failure.getClass().getSimpleName();
        LOG.warn("{} run failed: {}", job, what);
    }
}
