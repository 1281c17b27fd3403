package vn.hanoi.gateway.routes.commandcentre;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import org.apache.camel.Exchange;

/**
 * What the command centre's answer means for a queued report: 201 or 200 with a {@code reportId} is stored; any
 * other answer, or none, leaves it due again (the contract: "5xx: maybe not stored, resend, it replaces"). Errors
 * are recorded by status or exception type only.
 */
final class ReportOutcomes {

    private final ObjectMapper json;
    private final IndicatorReports reports;
    private final Clock clock;

    ReportOutcomes(ObjectMapper json, IndicatorReports reports, Clock clock) {
        this.json = json;
        this.reports = reports;
        this.clock = clock;
    }

    void answered(Exchange exchange) {
        QueuedReport report = exchange.getProperty(CommandCentreRoutes.QUEUED, QueuedReport.class);
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String reportId = status == 200 || status == 201 ? reportId(exchange.getMessage().getBody(String.class)) : null;
        if (reportId != null) {
            reports.stored(report, reportId, clock.instant());
        } else {
            reports.failed(report, "HTTP " + status + errorCode(exchange.getMessage().getBody(String.class)),
                    clock.instant());
        }
    }

    void unreachable(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        reports.failed(exchange.getProperty(CommandCentreRoutes.QUEUED, QueuedReport.class),
                failure == null ? "unreachable" : failure.getClass().getSimpleName(), clock.instant());
    }

    private String reportId(String body) {
        JsonNode answer = read(body);
        return answer.path("reportId").isTextual() ? answer.path("reportId").asText() : null;
    }

    private String errorCode(String body) {
        JsonNode answer = read(body);
        return answer.path("code").isTextual() ? " " + answer.path("code").asText() : "";
    }

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? json.missingNode() : json.readTree(body);
        } catch (IOException notJson) {
            return json.missingNode();
        }
    }
}
