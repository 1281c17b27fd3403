package vn.hanoi.gateway.kpi;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.routes.commandcentre.ReportSender;

/**
 * {@code POST /api/v1/ops/kpi/report}: reports a period to the command centre now. The report is queued durably
 * (202) and sent at once; a failed send is repeated until the centre stores it, and a period sent again replaces
 * what the centre holds.
 */
@RestController
class ReportController {

    private final CommandCentreReports reports;
    private final ObjectProvider<ReportSender> sender;
    private final Clock clock;

    ReportController(CommandCentreReports reports, ObjectProvider<ReportSender> sender, Clock clock) {
        this.reports = reports;
        this.sender = sender;
        this.clock = clock;
    }

    record Queued(String from, String to, String state) {
    }

    @PostMapping(path = "/api/v1/ops/kpi/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(dataset = Dataset.OPS)
    ResponseEntity<Queued> report(@RequestBody ReportRequest asked) {
        IndicatorPeriod period = IndicatorPeriod.parse(asked.from(), asked.to());
        reports.request(period, clock.instant());
        sender.ifAvailable(ReportSender::sendDueNow);
        return ResponseEntity.accepted().body(new Queued(period.from().toString(), period.to().toString(), "PENDING"));
    }
}
