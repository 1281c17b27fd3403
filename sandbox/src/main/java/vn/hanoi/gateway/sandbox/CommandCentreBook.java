package vn.hanoi.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The command centre's store of reports, in memory, one per simulator server. {@code POST} checks the report with
 * {@link CommandCentreReportRules} and stores it by ({@code reportingUnit}, {@code period}): 201 the first time, 200
 * with the same {@code reportId} and {@code replaced: true} after (a resend replaces the report whole). {@code GET}
 * (sandbox only) answers the stored body with {@code reportId}, {@code receivedAt} and {@code version}, or 404.
 */
final class CommandCentreBook extends StubTransformer {

    static final String NAME = "command-centre-book";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 1024 * 1024;
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final CommandCentreReportRules rules;
    private final Map<List<String>, ObjectNode> reports = new HashMap<>();

    CommandCentreBook(String reportingUnit) {
        super(NAME);
        this.rules = new CommandCentreReportRules(reportingUnit);
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        return switch (request.getMethod().getName()) {
            case "POST" -> receive(request);
            case "GET" -> stored(request);
            default -> Json.status(405, error("METHOD_NOT_ALLOWED", "POST hoặc GET")).build();
        };
    }

    private ResponseDefinition receive(Request request) {
        String type = request.contentTypeHeader().mimeTypePart();
        if (type == null || !type.equalsIgnoreCase("application/json")) {
            return Json.status(415, error("UNSUPPORTED_MEDIA_TYPE", "Cần application/json")).build();
        }
        if (request.getBody().length > MAX_BODY) {
            return Json.status(413, error("TOO_LARGE", "Quá 1 MiB")).build();
        }
        JsonNode report;
        try {
            report = JSON.readTree(request.getBody());
        } catch (IOException notJson) {
            return Json.status(400, CommandCentreReportRules.invalid(List.of(
                    new CommandCentreReportRules.Violation("", "BAD_TYPE")))).build();
        }
        CommandCentreReportRules.Verdict verdict = rules.check(report, OffsetDateTime.now(VIETNAM).toLocalDate());
        if (verdict.wrongUnit()) {
            return Json.status(403, error("WRONG_UNIT", "reportingUnit không phải của khóa")).build();
        }
        if (!verdict.violations().isEmpty()) {
            return Json.status(400, CommandCentreReportRules.invalid(verdict.violations())).build();
        }
        List<String> key = List.of(report.path("reportingUnit").asText(), report.at("/period/from").asText(),
                report.at("/period/to").asText());
        ObjectNode previous = reports.get(key);
        ObjectNode kept = ((ObjectNode) report).deepCopy();
        String reportId = previous == null ? UUID.randomUUID().toString() : previous.path("reportId").asText();
        String receivedAt = OffsetDateTime.now(VIETNAM).withNano(0).toString();
        kept.put("reportId", reportId).put("receivedAt", receivedAt)
                .put("version", previous == null ? 1 : previous.path("version").asInt() + 1);
        reports.put(key, kept);
        String answer = JSON.createObjectNode().put("reportId", reportId).put("receivedAt", receivedAt)
                .put("replaced", previous != null).toString();
        return Json.status(previous == null ? 201 : 200, answer).build();
    }

    private ResponseDefinition stored(Request request) {
        List<String> key = List.of(query(request, "reportingUnit"), query(request, "from"), query(request, "to"));
        ObjectNode report = reports.get(key);
        return report == null ? Json.status(404, error("NOT_FOUND", "Không có báo cáo")).build()
                : Json.ok(report.toString()).build();
    }

    private static String query(Request request, String name) {
        return request.queryParameter(name).isPresent() ? request.queryParameter(name).firstValue() : "";
    }

    private static String error(String code, String message) {
        return JSON.createObjectNode().put("code", code).put("message", message).toString();
    }
}
