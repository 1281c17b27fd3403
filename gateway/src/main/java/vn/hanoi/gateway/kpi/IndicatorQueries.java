package vn.hanoi.gateway.kpi;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.routes.npsp.ProcedureCatalogue;

/**
 * The indicators' counts for a period, per unit (a null unit: dossiers without one), each an indexed aggregate
 * over {@code kpi_dossier} (and the once-only ledger for {@code DATA_REUSED}), never a dossier loaded into memory.
 * Counting rules: {@code docs/indicators.md}.
 */
@Repository
class IndicatorQueries {

    private static final String UNIT_FILTER = " AND k.unit_code = :unit";

    private static final String RECEIVED = "SELECT k.unit_code, COUNT(*) AS received, "
            + "SUM(CASE WHEN k.online THEN 1 ELSE 0 END) AS online, "
            + "SUM(CASE WHEN k.digitised THEN 1 ELSE 0 END) AS digitised, "
            + "SUM(CASE WHEN EXISTS (SELECT 1 FROM kpi_rating r WHERE r.dossier_code = k.dossier_code) "
            + "THEN 1 ELSE 0 END) AS rated, "
            + "SUM(CASE WHEN EXISTS (SELECT 1 FROM kpi_rating r WHERE r.dossier_code = k.dossier_code "
            + "AND (r.satisfaction = 'DISSATISFIED' OR r.complaint IS NOT NULL)) "
            + "OR (k.due_at IS NOT NULL AND (k.settled_at > k.due_at OR (k.settled_at IS NULL AND k.due_at < :now))) "
            + "THEN 1 ELSE 0 END) AS unsatisfied "
            + "FROM kpi_dossier k WHERE k.received_at >= :from AND k.received_at < :to";

    private static final String SETTLED = "SELECT k.unit_code, COUNT(*) AS settled, "
            + "SUM(CASE WHEN k.due_at IS NOT NULL THEN 1 ELSE 0 END) AS with_due, "
            + "SUM(CASE WHEN k.due_at IS NOT NULL AND k.settled_at <= k.due_at THEN 1 ELSE 0 END) AS on_time, "
            + "SUM(CASE WHEN k.signed_result THEN 1 ELSE 0 END) AS signed "
            + "FROM kpi_dossier k WHERE k.registered AND k.settled_at >= :from AND k.settled_at < :to";

    private static final String PREFILLED = "SELECT k.unit_code, COUNT(*) AS dossiers, "
            + "SUM(CASE WHEN o.satisfied_components = o.required_with_source THEN 1 ELSE 0 END) AS without "
            + "FROM once_only_dossier o LEFT JOIN kpi_dossier k ON k.dossier_code = o.dossier_code AND k.registered "
            + "WHERE o.first_prefilled_at >= :from AND o.first_prefilled_at < :to";

    private static final String NEVER_PREFILLED = "SELECT k.unit_code, d.procedure_code, COUNT(*) AS dossiers "
            + "FROM npsp_dossier d LEFT JOIN kpi_dossier k ON k.dossier_code = d.dossier_code "
            + "WHERE d.created_at >= :from AND d.created_at < :to "
            + "AND NOT EXISTS (SELECT 1 FROM once_only_dossier o WHERE o.dossier_code = d.dossier_code)";

    private final JdbcClient jdbc;
    private final ProcedureCatalogue catalogue;

    IndicatorQueries(JdbcClient jdbc, ProcedureCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /**
     * Per unit code (null: no unit), every indicator's counts, and how many of its dossiers were rated;
     * {@code unitCode} null for every unit.
     */
    record Tally(Map<String, Map<Indicator, Counts>> units, Map<String, Long> rated) {
    }

    Tally count(Instant from, Instant to, String unitCode, Instant now) {
        Map<String, Map<Indicator, Counts>> units = new HashMap<>();
        Map<String, Long> rated = new HashMap<>();
        query(RECEIVED, from, to, unitCode, " GROUP BY k.unit_code").param("now", Timestamps.sql(now)).query(row -> {
            Map<Indicator, Counts> unit = unit(units, row.getString("unit_code"));
            long received = row.getLong("received");
            add(unit, Indicator.ONLINE, new Counts(row.getLong("online"), received));
            add(unit, Indicator.DOSSIER_DIGITISED, new Counts(row.getLong("digitised"), received));
            add(unit, Indicator.SATISFACTION, new Counts(received - row.getLong("unsatisfied"), received));
            rated.merge(row.getString("unit_code"), row.getLong("rated"), Long::sum);
        });
        query(SETTLED, from, to, unitCode, " GROUP BY k.unit_code").query(row -> {
            Map<Indicator, Counts> unit = unit(units, row.getString("unit_code"));
            add(unit, Indicator.ON_TIME, new Counts(row.getLong("on_time"), row.getLong("with_due")));
            add(unit, Indicator.RESULT_DIGITISED, new Counts(row.getLong("signed"), row.getLong("settled")));
        });
        query(PREFILLED, from, to, unitCode, " GROUP BY k.unit_code").query(row -> {
            add(unit(units, row.getString("unit_code")), Indicator.DATA_REUSED, new Counts(row.getLong("without"),
                    row.getLong("dossiers")));
        });
        Map<String, Long> withoutSource = new HashMap<>();
        Function<String, Long> needsNothingHeld = code -> catalogue.find(code).map(IndicatorQueries::needsNothingHeld)
                .orElse(0L);
        query(NEVER_PREFILLED, from, to, unitCode, " GROUP BY k.unit_code, d.procedure_code").query(row -> {
            long dossiers = row.getLong("dossiers");
            long without = withoutSource.computeIfAbsent(row.getString("procedure_code"), needsNothingHeld) * dossiers;
            add(unit(units, row.getString("unit_code")), Indicator.DATA_REUSED, new Counts(without, dossiers));
        });
        return new Tally(units, rated);
    }

    /** 1 when the procedure asks for no required component a source holds (nothing could be resubmitted), else 0. */
    private static long needsNothingHeld(Procedure procedure) {
        return procedure.documents().stream().anyMatch(document -> document.required() && document.source() != null)
                ? 0 : 1;
    }

    private JdbcClient.StatementSpec query(String select, Instant from, Instant to, String unitCode, String grouping) {
        JdbcClient.StatementSpec statement = jdbc.sql(select + (unitCode == null ? "" : UNIT_FILTER) + grouping)
                .param("from", Timestamps.sql(from)).param("to", Timestamps.sql(to));
        return unitCode == null ? statement : statement.param("unit", unitCode);
    }

    private static Map<Indicator, Counts> unit(Map<String, Map<Indicator, Counts>> units, String unitCode) {
        return units.computeIfAbsent(unitCode, code -> new EnumMap<>(Indicator.class));
    }

    private static void add(Map<Indicator, Counts> unit, Indicator indicator, Counts counts) {
        unit.merge(indicator, counts, Counts::plus);
    }
}
