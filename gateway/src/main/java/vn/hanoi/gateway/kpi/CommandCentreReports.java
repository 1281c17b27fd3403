package vn.hanoi.gateway.kpi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.routes.commandcentre.IndicatorReports;
import vn.hanoi.gateway.routes.commandcentre.QueuedReport;

/**
 * The command centre's report queue in {@code kpi_report}, and each report's body: the indicators of its period,
 * overall and by unit, as the centre's contract writes them ({@code value} a percentage to 2 decimals;
 * {@code SATISFACTION} left out until ratings exist; units with a non-zero denominator somewhere).
 */
@Repository
class CommandCentreReports implements IndicatorReports {

    private final ObjectMapper json;
    private final JdbcClient jdbc;
    private final Indicators indicators;
    private final CommandCentreSettings settings;

    CommandCentreReports(ObjectMapper json, JdbcClient jdbc, Indicators indicators, CommandCentreSettings settings) {
        this.json = json;
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.settings = settings;
    }

    /** Queues a period now: a new one, or one already stored, is due at once (a resend replaces). */
    void request(IndicatorPeriod period, Instant now) {
        int updated = jdbc.sql("UPDATE kpi_report SET state = 'PENDING', next_attempt_at = :now, requested_at = :now "
                        + "WHERE period_from = :from AND period_to = :to")
                .param("now", Timestamps.sql(now)).param("from", Date.valueOf(period.from()))
                .param("to", Date.valueOf(period.to())).update();
        if (updated == 0) {
            insert(period.from(), period.to(), now);
        }
    }

    @Override
    public void queueDaily(Instant now) {
        ZonedDateTime local = now.atZone(PortalTime.VIETNAM);
        if (local.toLocalTime().isBefore(settings.reportTime())) {
            return;
        }
        LocalDate yesterday = local.toLocalDate().minusDays(1);
        long known = jdbc.sql("SELECT COUNT(*) FROM kpi_report WHERE period_from = :day AND period_to = :day")
                .param("day", Date.valueOf(yesterday)).query(Long.class).single();
        if (known == 0) {
            insert(yesterday, yesterday, now);
        }
    }

    @Override
    public List<QueuedReport> due(Instant now) {
        return jdbc.sql("SELECT period_from, period_to FROM kpi_report WHERE state = 'PENDING' "
                        + "AND next_attempt_at <= :now ORDER BY period_from, period_to")
                .param("now", Timestamps.sql(now))
                .query((row, n) -> new QueuedReport(row.getDate("period_from").toLocalDate(),
                        row.getDate("period_to").toLocalDate()))
                .list();
    }

    @Override
    public String body(QueuedReport report, Instant now) {
        IndicatorsReport computed = indicators.report(new IndicatorPeriod(report.from(), report.to()), null);
        ObjectNode body = json.createObjectNode().put("reportingUnit", settings.reportingUnit());
        body.putObject("period").put("from", report.from().toString()).put("to", report.to().toString());
        body.put("generatedAt", Timestamps.inVietnam(now).toString());
        body.set("indicators", indicators(computed.indicators()));
        ArrayNode byUnit = body.putArray("byUnit");
        computed.byUnit().stream()
                .filter(unit -> unit.indicators().stream().anyMatch(value -> value.denominator() != null
                        && value.denominator() > 0))
                .forEach(unit -> byUnit.addObject().put("unitCode", unit.unitCode())
                        .set("indicators", indicators(unit.indicators())));
        return body.toString();
    }

    @Override
    public void stored(QueuedReport report, String reportId, Instant at) {
        jdbc.sql("UPDATE kpi_report SET state = 'STORED', attempts = attempts + 1, last_error = NULL, "
                        + "report_id = :id, stored_at = :at WHERE period_from = :from AND period_to = :to")
                .param("id", reportId).param("at", Timestamps.sql(at)).param("from", Date.valueOf(report.from()))
                .param("to", Date.valueOf(report.to())).update();
    }

    @Override
    public void failed(QueuedReport report, String error, Instant at) {
        jdbc.sql("UPDATE kpi_report SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next "
                        + "WHERE period_from = :from AND period_to = :to")
                .param("error", error.length() > 200 ? error.substring(0, 200) : error)
                .param("next", Timestamps.sql(at.plus(settings.retryInterval())))
                .param("from", Date.valueOf(report.from())).param("to", Date.valueOf(report.to())).update();
    }

    /** Another instance may queue the same period at the same moment: its row is as good as ours. */
    private void insert(LocalDate from, LocalDate to, Instant now) {
        try {
            insertRow(from, to, now);
        } catch (DuplicateKeyException queuedConcurrently) {
            // the period is queued: nothing to add
        }
    }

    private void insertRow(LocalDate from, LocalDate to, Instant now) {
        jdbc.sql("INSERT INTO kpi_report (period_from, period_to, state, attempts, next_attempt_at, requested_at) "
                        + "VALUES (:from, :to, 'PENDING', 0, :now, :now)")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("now", Timestamps.sql(now))
                .update();
    }

    private ArrayNode indicators(List<IndicatorValue> values) {
        ArrayNode list = json.createArrayNode();
        values.stream().filter(value -> value.numerator() != null).forEach(value -> {
            ObjectNode indicator = list.addObject().put("code", value.code());
            if (value.denominator() == 0) {
                indicator.putNull("value");
            } else {
                indicator.put("value", BigDecimal.valueOf(100L * value.numerator())
                        .divide(BigDecimal.valueOf(value.denominator()), 2, RoundingMode.HALF_UP));
            }
            indicator.put("numerator", value.numerator()).put("denominator", value.denominator());
        });
        return list;
    }
}
