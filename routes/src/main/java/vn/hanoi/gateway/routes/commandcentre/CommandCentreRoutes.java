package vn.hanoi.gateway.routes.commandcentre;

import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The daily feed to the command centre. The schedule queues the previous day after {@code report-time} and sends
 * what is due; each due report is posted on its own (a failure of one does not hold the others back) and recorded
 * as stored (201 or 200, the centre's {@code reportId}) or failed (due again after {@code retry-interval}).
 */
final class CommandCentreRoutes extends RouteBuilder {

    static final String SCHEDULE = "command-centre-schedule";
    static final String REPORT = "command-centre-report";
    static final String ENDPOINT = "direct:" + REPORT;
    static final String QUEUED = "queuedReport";

    private final IndicatorReports reports;
    private final ReportOutcomes outcomes;
    private final Clock clock;

    CommandCentreRoutes(IndicatorReports reports, ReportOutcomes outcomes, Clock clock) {
        this.reports = reports;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("timer:" + SCHEDULE + "?delay={{gateway.connectors.command-centre.poll-interval}}"
                + "&period={{gateway.connectors.command-centre.poll-interval}}")
                .routeId(SCHEDULE)
                .onException(Exception.class).handled(true)
                    .log("command-centre report run failed: ${exception.class.simpleName}").end()
                .process(exchange -> reports.queueDaily(clock.instant()))
                .to(ENDPOINT);

        from(ENDPOINT).routeId(REPORT)
                .process(exchange -> exchange.getMessage().setBody(reports.due(clock.instant())))
                .split(body())
                    .setProperty(QUEUED, body())
                    .process(exchange -> exchange.getMessage().setBody(
                            reports.body(exchange.getProperty(QUEUED, QueuedReport.class), clock.instant())))
                    .removeHeaders("*")
                    .setHeader("X-IOC-Key", simple("{{gateway.connectors.command-centre.api-key}}"))
                    .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                    .doTry()
                        .to("{{gateway.connectors.command-centre.base-url}}/ioc/v1/indicators"
                                + "?throwExceptionOnFailure=false&connectTimeout=5000&responseTimeout=30000")
                        .process(outcomes::answered)
                    .doCatch(Exception.class)
                        .process(outcomes::unreachable)
                    .end()
                .end();
    }
}
