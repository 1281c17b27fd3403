package vn.hanoi.gateway.routes.npsp;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * The portal's jobs, each a {@code direct:npsp-<job>} route that runs it (called on demand; failures go back to
 * the caller) and an {@code npsp-<job>-schedule} timer route that calls it and logs a failed run (kind only).
 * The intake and the catalogue synchronisation run on one instance at a time ({@link vn.hanoi.gateway.routes.jobs.OneInstanceAtATime}): the
 * portal is polled, and the population register asked, once for the cluster. The dispatch runs on every instance:
 * its claims already share the outbox out between them ({@link Outbox#claim}).
 */
final class NpspRoutes extends RouteBuilder {

    static final String DISPATCH = "npsp-dispatch";
    static final String INTAKE = "npsp-intake";
    static final String CATALOGUE = "npsp-catalogue-sync";
    private static final Logger LOG = LoggerFactory.getLogger(NpspRoutes.class);

    private final OutboxDispatcher dispatcher;
    private final OnlineIntake intake;
    private final CatalogueSync catalogue;
    private final NpspSchedules schedules;
    private final JobLocks locks;

    NpspRoutes(OutboxDispatcher dispatcher, OnlineIntake intake, CatalogueSync catalogue, NpspSchedules schedules,
               JobLocks locks) {
        this.dispatcher = dispatcher;
        this.intake = intake;
        this.catalogue = catalogue;
        this.schedules = schedules;
        this.locks = locks;
    }

    @Override
    public void configure() {
        job(DISPATCH, exchange -> exchange.getMessage().setBody(dispatcher.dispatchDue()));
        job(INTAKE, exchange -> exchange.getMessage().setBody(intake.takeNew()));
        job(CATALOGUE, exchange -> exchange.getMessage().setBody(catalogue.synchronise()));
        schedule(DISPATCH, schedules.outbox().enabled(), schedules.outbox().pollInterval(), schedules.outbox().pollInterval())
                .to("direct:" + DISPATCH);
        schedule(INTAKE, schedules.intake().enabled(), schedules.intake().initialDelay(), schedules.intake().pollInterval())
                .filter(locks.onOneInstance(INTAKE, schedules.intake().pollInterval())).to("direct:" + INTAKE);
        schedule(CATALOGUE, schedules.catalogue().enabled(), schedules.catalogue().initialDelay(),
                schedules.catalogue().pollInterval())
                .filter(locks.onOneInstance(CATALOGUE, schedules.catalogue().pollInterval())).to("direct:" + CATALOGUE);
    }

    private void job(String name, Processor run) {
        from("direct:" + name).routeId(name).errorHandler(noErrorHandler()).process(run);
    }

    private RouteDefinition schedule(String job, boolean enabled, Duration delay, Duration period) {
        RouteDefinition route = from("timer:" + job + "?delay=" + Math.max(1, delay.toMillis()) + "&period="
                + period.toMillis()).routeId(job + "-schedule").autoStartup(enabled);
        route.onException(Exception.class).handled(true).process(exchange -> logFailure(job, exchange));
        return route;
    }

    private static void logFailure(String job, Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String what = failure instanceof UpstreamException upstream ? upstream.getMessage()
                : failure == null ? "unknown" : failure.getClass().getSimpleName();
        LOG.warn("{} run failed: {}", job, what);
    }

    /** Makes the step that lets a job's run go ahead on one instance at a time. */
    @FunctionalInterface
    interface JobLocks {
        Predicate onOneInstance(String job, Duration period);
    }

    /** The three jobs' settings. */
    record NpspSchedules(OutboxSettings outbox, IntakeSettings intake, CatalogueSettings catalogue) {
    }
}
